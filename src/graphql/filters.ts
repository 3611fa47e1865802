import type { AwardFilter as AwardQuery } from '../data/awards';
import type { PartnershipCategory, PartnershipFilter } from '../data/partnershipCategory';
import type { AwardFilter, PartnershipExtra, PartnershipKind } from '../generated/graphql';
import { sectionOf } from '../model/sections';
import { entityId, sectionNumberArgument } from './arguments';
import { badUserInput } from './errors';

/** Argument filters shared by several fields (awards, awardStatistics, topRecipients; partnerships). */

const MAX_FILTER_DEPTH = 5;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first and last day a YYYY, YYYY-MM or YYYY-MM-DD bound stands for, so that `dateTo: "2020"`
 * reaches 2020-12-31 and `dateFrom: "2020-10"` starts on 2020-10-01. Impossible dates are refused.
 */
function dateBounds(value: string, argument: string): { first: string; last: string } {
  const match = DATE.exec(value);
  if (!match) throw badUserInput(argument, `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    throw badUserInput(argument, `"${value}" has no month ${month}`);
  }
  const daysInMonth = (m: string) => new Date(Date.UTC(Number(year), Number(m), 0)).getUTCDate();
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(month!))) {
    throw badUserInput(argument, `"${value}" is not a date: ${year}-${month} has ${daysInMonth(month!)} days`);
  }
  if (day !== undefined) return { first: value, last: value };
  if (month !== undefined) return { first: `${value}-01`, last: `${value}-${String(daysInMonth(month)).padStart(2, '0')}` };
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/** Checks a GraphQL filter and turns it into the data layer's filter; names any bad field. */
export function toAwardQuery(filter: AwardFilter, path: string, depth: number): AwardQuery {
  if (depth > MAX_FILTER_DEPTH) throw badUserInput(path, `and/or/not may nest at most ${MAX_FILTER_DEPTH} levels deep`);
  const query: AwardQuery = {};
  const set = <K extends keyof AwardQuery>(key: K, value: AwardQuery[K] | null | undefined) => {
    if (value !== null && value !== undefined) query[key] = value;
  };
  if (filter.dateFrom !== null && filter.dateFrom !== undefined) query.dateFrom = dateBounds(filter.dateFrom, `${path}.dateFrom`).first;
  if (filter.dateTo !== null && filter.dateTo !== undefined) query.dateTo = dateBounds(filter.dateTo, `${path}.dateTo`).last;
  const year = filter.year;
  if (year !== null && year !== undefined) {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw badUserInput(`${path}.year`, `must be a year between ${FIRST_YEAR} and ${LAST_YEAR}, got ${year}`);
    }
    // Its own leaf, so that it narrows together with any dateFrom/dateTo given beside it.
    (query.and ??= []).push({ dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` });
  }
  if (filter.section !== null && filter.section !== undefined) {
    query.section = sectionOf(sectionNumberArgument(`${path}.section`, filter.section));
  }
  if (filter.rank && filter.rank.length === 0) throw badUserInput(`${path}.rank`, 'must name at least one rank');
  set('competition', filter.competition);
  set('competitionName', filter.competitionName);
  set('trade', filter.trade);
  set('tradeName', filter.tradeName);
  set('level', filter.level);
  set('levelAtLeast', filter.levelAtLeast);
  set('levelAtMost', filter.levelAtMost);
  set('ranks', filter.rank);
  set('recipientKind', filter.recipientKind);
  set('recipient', filter.recipient);
  // Awarding bodies and parts.
  if (filter.awardedBy !== null && filter.awardedBy !== undefined) query.awardedBy = entityId(`${path}.awardedBy`, filter.awardedBy);
  if (filter.includeParts === true) {
    if (query.competition === undefined && query.competitionName === undefined && query.awardedBy === undefined) {
      throw badUserInput(`${path}.includeParts`, 'applies to competition, competitionName or awardedBy: give one of them beside it');
    }
    query.includeParts = true;
  }
  if (filter.and) (query.and ??= []).push(...filter.and.map((sub, i) => toAwardQuery(sub, `${path}.and[${i}]`, depth + 1)));
  if (filter.or) query.or = filter.or.map((sub, i) => toAwardQuery(sub, `${path}.or[${i}]`, depth + 1));
  if (filter.not) query.not = toAwardQuery(filter.not, `${path}.not`, depth + 1);
  return query;
}

/**
 * The `kinds` and `include` arguments of the partnership lists (the root field and
 * `Organization.partnerships`): naming a kind that is not a partnership asks for it as much as
 * `include` does.
 */
export function toPartnershipFilter(args: { kinds?: PartnershipKind[] | null; include?: PartnershipExtra[] | null }): PartnershipFilter {
  if (args.kinds && args.kinds.length === 0) throw badUserInput('kinds', 'must name at least one kind');
  if (args.include && args.include.length === 0) throw badUserInput('include', 'must name at least one of MEDIA_COVERAGE, PLATFORM');
  const categories = new Set<PartnershipCategory>(['PARTNERSHIP', ...(args.include ?? [])]);
  if (args.kinds?.includes('MEDIA_COVERAGE')) categories.add('MEDIA_COVERAGE');
  if (args.kinds?.includes('PLATFORM_INTEGRATION')) categories.add('PLATFORM');
  return { kinds: args.kinds ?? null, categories: [...categories] };
}
