import type { AwardFilter, AwardOrder, AwardOrderField, AwardRank, Level, RecipientKind, SortDirection } from '../gql/graphql';
import { DIRECTIONS, isOneOf, LEVELS, MAX_SECTION, ORDER_FIELDS, RANKS, RECIPIENT_KINDS } from './enums';

/**
 * The awards table's state as the URL query string holds it, so a filtered table can be shared
 * and the back button restores it. Unknown or malformed values are dropped, never sent on.
 */
export interface AwardTableState {
  competition?: string;
  trade?: string;
  level?: Level;
  levelAtLeast?: Level;
  rank?: AwardRank[];
  recipientKind?: RecipientKind;
  year?: string;
  section?: number;
  sort: AwardOrderField;
  dir: SortDirection;
}

export const DEFAULT_SORT: Pick<AwardTableState, 'sort' | 'dir'> = { sort: 'DATE', dir: 'DESC' };

const ENTITY_ID = /^[a-z]+\/[a-z0-9][a-z0-9-]*$/;
const YEAR = /^\d{4}$/;

export function parseAwardQuery(search: string): AwardTableState {
  const params = new URLSearchParams(search);
  const state: AwardTableState = { ...DEFAULT_SORT };
  const competition = params.get('competition');
  if (competition && ENTITY_ID.test(competition)) state.competition = competition;
  const trade = params.get('trade');
  if (trade && ENTITY_ID.test(trade)) state.trade = trade;
  const level = params.get('level');
  if (isOneOf(LEVELS, level)) state.level = level;
  const levelAtLeast = params.get('levelAtLeast');
  if (isOneOf(LEVELS, levelAtLeast)) state.levelAtLeast = levelAtLeast;
  const ranks = (params.get('rank') ?? '').split(',').filter((r): r is AwardRank => isOneOf(RANKS, r));
  if (ranks.length > 0) state.rank = [...new Set(ranks)];
  const recipientKind = params.get('recipientKind');
  if (isOneOf(RECIPIENT_KINDS, recipientKind)) state.recipientKind = recipientKind;
  const year = params.get('year');
  if (year && YEAR.test(year)) state.year = year;
  const section = params.get('section');
  if (section && /^\d{1,2}$/.test(section) && Number(section) <= MAX_SECTION) state.section = Number(section);
  const sort = params.get('sort');
  if (isOneOf(ORDER_FIELDS, sort)) state.sort = sort;
  const dir = params.get('dir');
  if (isOneOf(DIRECTIONS, dir)) state.dir = dir;
  return state;
}

/** The query string for a state, in a fixed order; defaults are left out to keep URLs short. */
export function formatAwardQuery(state: AwardTableState): string {
  const params = new URLSearchParams();
  if (state.competition) params.set('competition', state.competition);
  if (state.trade) params.set('trade', state.trade);
  if (state.level) params.set('level', state.level);
  if (state.levelAtLeast) params.set('levelAtLeast', state.levelAtLeast);
  if (state.rank && state.rank.length > 0) params.set('rank', state.rank.join(','));
  if (state.recipientKind) params.set('recipientKind', state.recipientKind);
  if (state.year) params.set('year', state.year);
  if (state.section !== undefined) params.set('section', String(state.section));
  if (state.sort !== DEFAULT_SORT.sort) params.set('sort', state.sort);
  if (state.dir !== DEFAULT_SORT.dir) params.set('dir', state.dir);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API filter for a state; undefined when nothing is filtered. */
export function toAwardFilter(state: AwardTableState): AwardFilter | undefined {
  const filter: AwardFilter = {};
  if (state.competition) filter.competition = state.competition;
  if (state.trade) filter.trade = state.trade;
  if (state.level) filter.level = state.level;
  if (state.levelAtLeast) filter.levelAtLeast = state.levelAtLeast;
  if (state.rank && state.rank.length > 0) filter.rank = state.rank;
  if (state.recipientKind) filter.recipientKind = state.recipientKind;
  // Dates compare as text: "2020" ≤ "2020-10-01" ≤ "2020-12-31", so a year is this closed range.
  if (state.year) {
    filter.dateFrom = state.year;
    filter.dateTo = `${state.year}-12-31`;
  }
  if (state.section !== undefined) filter.section = state.section;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export function toAwardOrder(state: AwardTableState): AwardOrder {
  return { field: state.sort, direction: state.dir };
}

/** Whether any filter (not just the order) is set. */
export function hasFilter(state: AwardTableState): boolean {
  return toAwardFilter(state) !== undefined;
}

/** Clicking a sorted column flips its direction; a new column starts with its natural direction. */
export function nextSort(state: AwardTableState, field: AwardOrderField): Pick<AwardTableState, 'sort' | 'dir'> {
  if (state.sort === field) return { sort: field, dir: state.dir === 'ASC' ? 'DESC' : 'ASC' };
  // Ranks read best-first ascending and names alphabetically; dates and levels newest/highest first.
  return { sort: field, dir: field === 'RANK' || field === 'NAME' ? 'ASC' : 'DESC' };
}
