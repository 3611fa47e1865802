import { listAwards, type AwardCursor } from '../../data/awards';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { toAwardQuery } from '../filters';
import { resolveAsOf } from '../claims';
import { selectedEntity, selectsAnyOf } from '../selection';
import { pageInfoOf } from '../pageInfo';

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
    const first = pageSize('first', args.first, 20, ARGUMENT_MAXIMA['Query.awards(first:)']);
    const order = { field: args.orderBy?.field ?? 'DATE', direction: args.orderBy?.direction ?? 'DESC' } as const;
    const filter = args.filter ? toAwardQuery(args.filter, 'filter', 1) : {};
    const after = decodeAwardCursor(args.after, order.field);
    const asOf = await resolveAsOf(db, args.asOf);
    // Counting reads every match; a request that does not show the total does not pay for it.
    const withTotal = selectsAnyOf(info, [], ['totalCount']);
    const page = await listAwards(db, filter, order, first, after, selectedEntity(info, ['edges', 'node'], asOf), { withTotal });
    const edges = page.items.map(({ award, cursor }) => ({ cursor: encodeAwardCursor(cursor), node: award }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  },
};

export const awardResolvers: Resolvers = { Query };
