import { listAwards, type AwardCursor, type AwardFilter as AwardQuery } from '../../data/awards';
import type { AwardFilter, QueryResolvers, Resolvers } from '../../generated/graphql';
import { SECTIONS, type Section } from '../../model/vocabulary';
import { pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { selectedEntity } from '../selection';

const MAX_AWARD_PAGE = 100;
const MAX_FILTER_DEPTH = 5;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks a GraphQL filter and turns it into the data layer's filter; names any bad field. */
export function toAwardQuery(filter: AwardFilter, path: string, depth: number): AwardQuery {
  if (depth > MAX_FILTER_DEPTH) throw badUserInput(path, `and/or/not may nest at most ${MAX_FILTER_DEPTH} levels deep`);
  const query: AwardQuery = {};
  const set = <K extends keyof AwardQuery>(key: K, value: AwardQuery[K] | null | undefined) => {
    if (value !== null && value !== undefined) query[key] = value;
  };
  for (const key of ['dateFrom', 'dateTo'] as const) {
    const value = filter[key];
    if (value !== null && value !== undefined && !DATE.test(value)) {
      throw badUserInput(`${path}.${key}`, `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
    }
    set(key, value);
  }
  if (filter.section !== null && filter.section !== undefined) {
    if (!Number.isInteger(filter.section) || filter.section < 1 || filter.section > 10) {
      throw badUserInput(`${path}.section`, `must be between 1 and 10, got ${filter.section}`);
    }
    query.section = SECTIONS[filter.section] as Section;
  }
  if (filter.rank && filter.rank.length === 0) throw badUserInput(`${path}.rank`, 'must name at least one rank');
  set('competition', filter.competition);
  set('competitionName', filter.competitionName);
  set('level', filter.level);
  set('levelAtLeast', filter.levelAtLeast);
  set('levelAtMost', filter.levelAtMost);
  set('ranks', filter.rank);
  set('recipientKind', filter.recipientKind);
  set('recipient', filter.recipient);
  if (filter.and) query.and = filter.and.map((sub, i) => toAwardQuery(sub, `${path}.and[${i}]`, depth + 1));
  if (filter.or) query.or = filter.or.map((sub, i) => toAwardQuery(sub, `${path}.or[${i}]`, depth + 1));
  if (filter.not) query.not = toAwardQuery(filter.not, `${path}.not`, depth + 1);
  return query;
}

const encodeAwardCursor = (cursor: AwardCursor) => Buffer.from(JSON.stringify([cursor.field, cursor.key, cursor.id])).toString('base64url');

function decodeAwardCursor(cursor: string | null | undefined, field: AwardCursor['field']): AwardCursor | null {
  if (cursor === null || cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after', 'is not a cursor returned by this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== 'string' || !['string', 'number'].includes(typeof parsed[1])) {
    throw badUserInput('after', 'is not a cursor returned by this API');
  }
  if (parsed[0] !== field) throw badUserInput('after', `was issued for order ${String(parsed[0])}, not ${field}`);
  return { field, key: parsed[1] as string | number, id: parsed[2] };
}

const Query: QueryResolvers = {
  awards: async (_root, args, { db }, info) => {
    const first = pageSize('first', args.first, 20, MAX_AWARD_PAGE);
    const order = { field: args.orderBy?.field ?? 'DATE', direction: args.orderBy?.direction ?? 'DESC' } as const;
    const filter = args.filter ? toAwardQuery(args.filter, 'filter', 1) : {};
    const after = decodeAwardCursor(args.after, order.field);
    const page = await listAwards(db, filter, order, first, after, selectedEntity(info, ['edges', 'node']));
    const edges = page.items.map(({ award, cursor }) => ({ cursor: encodeAwardCursor(cursor), node: award }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
};

export const awardResolvers: Resolvers = { Query };
