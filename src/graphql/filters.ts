import type { AwardFilter as AwardQuery } from '../data/awards';
import type { AwardFilter } from '../generated/graphql';
import { SECTIONS, type Section } from '../model/vocabulary';
import { badUserInput } from './errors';

/** Argument filters shared by several root fields (awards, awardStatistics, topRecipients). */

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
