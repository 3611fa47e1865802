import type { Executor } from '../neo4j/executor';
import type { AwardRank, Level } from '../model/vocabulary';
import { LEVELS, levelRank } from '../model/vocabulary';
import { toEntityRecord } from './entities';
import type { EntityRecord } from './model';
import { CypherParams, cypherInt, entityProjection, MAX_PART_DEPTH, type EntitySelection, visibleAsOf } from './projection';

/** Data access for "who won what": filtered, ordered, keyset-paginated award lists. */

export type RecipientKind = 'PERSON' | 'STUDENT' | 'TEACHER' | 'GROUP' | 'ORGANIZATION' | 'COLLEGE';

/** A validated filter; every leaf narrows, `and`/`or`/`not` combine. */
export interface AwardFilter {
  competition?: string;
  competitionName?: string;
  trade?: string;
  tradeName?: string;
  level?: Level;
  levelAtLeast?: Level;
  levelAtMost?: Level;
  ranks?: AwardRank[];
  recipientKind?: RecipientKind;
  recipient?: string;
  /** A day, YYYY-MM-DD: awards whose date may fall on or after it. */
  dateFrom?: string;
  /** A day, YYYY-MM-DD: awards whose date may fall on or before it. */
  dateTo?: string;
  section?: string;
  // Awarding bodies and parts (see partsPredicates).
  awardedBy?: string;
  includeParts?: boolean;
  and?: AwardFilter[];
  or?: AwardFilter[];
  not?: AwardFilter;
}

export type AwardOrderField = 'DATE' | 'LEVEL' | 'RANK' | 'NAME';
export interface AwardOrder {
  field: AwardOrderField;
  direction: 'ASC' | 'DESC';
}

/**
 * Sort key per order field. Missing dates and levels sort as '' and 0, so they come last in
 * descending order (the usual "newest first", "highest level first").
 */
const SORT_KEY: Record<AwardOrderField, string> = {
  DATE: "coalesce(a.date, '')",
  LEVEL: 'coalesce(a.levelRank, 0)',
  RANK: 'a.rankOrder',
  NAME: 'a.nameEn',
};

/** Roles that make a person a student or a teacher of the college, as the data records them. */
const STUDENT_ROLE = '学生';
const TEACHER_ROLE = '教师';

function recipientPredicate(kind: RecipientKind, params: CypherParams): string {
  switch (kind) {
    case 'PERSON':
      return 'EXISTS { (:Person)-[:RECEIVED]->(a) }';
    case 'GROUP':
      return 'EXISTS { (:Group)-[:RECEIVED]->(a) }';
    case 'ORGANIZATION':
      return 'EXISTS { (:Organization)-[:RECEIVED]->(a) }';
    case 'COLLEGE':
      return `EXISTS { (c:Organization)-[:RECEIVED]->(a) WHERE c.orgKind = ${params.add('COLLEGE')} }`;
    case 'STUDENT': {
      const role = params.add(STUDENT_ROLE);
      const classKind = params.add('CLASS');
      return `EXISTS { (p:Person)-[:RECEIVED]->(a) WHERE EXISTS { (p)-[h:HELD_ROLE]->(:Organization) WHERE h.role = ${role} } OR EXISTS { (p)-[:MEMBER_OF]->(g:Group) WHERE g.groupKind = ${classKind} } }`;
    }
    case 'TEACHER': {
      const role = params.add(TEACHER_ROLE);
      return `EXISTS { (p:Person)-[:RECEIVED]->(a) WHERE EXISTS { (p)-[h:HELD_ROLE]->(:Organization) WHERE h.role = ${role} } }`;
    }
  }
}

/*
 * A stored date is as precise as the report (2020, 2020-12 or 2020-12-13) and stands for every
 * day of its year or month: it meets a bound when any of those days does. As text, YYYY-MM-31
 * compares correctly with any real day of that month.
 */
const firstDayOf = (date: string) => `CASE size(${date}) WHEN 4 THEN ${date} + '-01-01' WHEN 7 THEN ${date} + '-01' ELSE ${date} END`;
const lastDayOf = (date: string) => `CASE size(${date}) WHEN 4 THEN ${date} + '-12-31' WHEN 7 THEN ${date} + '-31' ELSE ${date} END`;

/**
 * The leaves that name a competition or an awarding body. With includeParts the award may hang
 * off any part of it (a selection round of a competition, a branch of a body): `(x)` then stands
 * for the named entity or anything PART_OF it, up to MAX_PART_DEPTH levels down.
 */
function partsPredicates(filter: AwardFilter, params: CypherParams): string[] {
  const reach = (named: string) => (filter.includeParts ? `(:Entity)-[:PART_OF*0..${MAX_PART_DEPTH}]->${named}` : named);
  const parts: string[] = [];
  if (filter.competition !== undefined) parts.push(`EXISTS { (a)-[:AT]->${reach(`(:Entity {id: ${params.add(filter.competition)}})`)} }`);
  if (filter.competitionName !== undefined) {
    const name = params.add(filter.competitionName);
    parts.push(`EXISTS { (a)-[:AT]->${reach('(c:Entity)')} WHERE c.name = ${name} OR ${name} IN c.aliases }`);
  }
  if (filter.awardedBy !== undefined)
    parts.push(`EXISTS { (a)-[:AWARDED_BY]->${reach(`(:Entity {id: ${params.add(filter.awardedBy)}})`)} }`);
  return parts;
}

/** Compiles a filter into a predicate on `a`; values become parameters. */
export function awardPredicate(filter: AwardFilter, params: CypherParams): string {
  const parts: string[] = partsPredicates(filter, params);
  if (filter.trade !== undefined) parts.push(`EXISTS { (a)-[:IN_TRADE]->(:Trade {id: ${params.add(filter.trade)}}) }`);
  if (filter.tradeName !== undefined) {
    const name = params.add(filter.tradeName);
    parts.push(`EXISTS { (a)-[:IN_TRADE]->(t:Trade) WHERE t.name = ${name} OR ${name} IN t.aliases }`);
  }
  if (filter.level !== undefined) parts.push(`a.levelRank = ${params.add(levelRank(filter.level))}`);
  if (filter.levelAtLeast !== undefined) parts.push(`a.levelRank >= ${params.add(levelRank(filter.levelAtLeast))}`);
  if (filter.levelAtMost !== undefined) parts.push(`a.levelRank <= ${params.add(levelRank(filter.levelAtMost))}`);
  if (filter.ranks !== undefined) parts.push(`a.rank IN ${params.add(filter.ranks)}`);
  if (filter.recipientKind !== undefined) parts.push(recipientPredicate(filter.recipientKind, params));
  if (filter.recipient !== undefined) parts.push(`EXISTS { (:Entity {id: ${params.add(filter.recipient)}})-[:RECEIVED]->(a) }`);
  if (filter.dateFrom !== undefined) parts.push(`${lastDayOf('a.date')} >= ${params.add(filter.dateFrom)}`);
  if (filter.dateTo !== undefined) parts.push(`${firstDayOf('a.date')} <= ${params.add(filter.dateTo)}`);
  if (filter.section !== undefined) parts.push(`${params.add(filter.section)} IN a.srcSection`);
  for (const sub of filter.and ?? []) parts.push(awardPredicate(sub, params));
  if (filter.or && filter.or.length > 0) parts.push(`(${filter.or.map((sub) => awardPredicate(sub, params)).join(' OR ')})`);
  if (filter.not) parts.push(`NOT (${awardPredicate(filter.not, params)})`);
  return parts.length > 0 ? `(${parts.join(' AND ')})` : 'true';
}

/** Position of the last award of a page in the chosen order. */
export interface AwardCursor {
  field: AwardOrderField;
  key: string | number;
  id: string;
}

export interface AwardPage {
  items: { award: EntityRecord<'AWARD'>; cursor: AwardCursor }[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface AwardListOptions {
  /** Count every match for totalCount; false when the request does not select it. */
  withTotal?: boolean;
}

export async function listAwards(
  db: Executor,
  filter: AwardFilter,
  order: AwardOrder,
  first: number,
  after: AwardCursor | null,
  selection: EntitySelection,
  { withTotal = true }: AwardListOptions = {},
): Promise<AwardPage> {
  const params = new CypherParams();
  // As of a moment, only awards a known report states (filters on their facts see all of them).
  const where = selection.asOf
    ? `${awardPredicate(filter, params)} AND ${visibleAsOf('a', selection, params)}`
    : awardPredicate(filter, params);
  const sortKey = SORT_KEY[order.field];
  const direction = order.direction === 'ASC' ? 'ASC' : 'DESC';
  const keyset = order.field === 'LEVEL' ? null : keysetMatches(order, after, where, params);
  const limit = params.add(cypherInt(first + 1));
  const matches = keyset ?? levelOrderedMatches(filter, order, after, where, limit, params);
  const projection = entityProjection('a', selection, params);
  const total = withTotal ? `CALL { MATCH (a:Award) WHERE ${where} RETURN count(a) AS total }` : 'WITH null AS total';
  const result = await db.read(
    `${total}
     CALL {
       ${matches}
       WITH a, ${sortKey} AS sortKey ORDER BY sortKey ${direction}, a.id ASC LIMIT ${limit}
       RETURN collect({ award: ${projection}, sortKey: sortKey }) AS page
     }
     RETURN total, page`,
    params.values,
  );
  const row = result.records[0]!;
  const page = row.get('page') as { award: Record<string, unknown>; sortKey: string | number }[];
  return {
    totalCount: (row.get('total') as number | null) ?? 0,
    hasNextPage: page.length > first,
    items: page.slice(0, first).map(({ award, sortKey }) => {
      const record = toEntityRecord(award, selection) as EntityRecord<'AWARD'>;
      return { award: record, cursor: { field: order.field, key: sortKey, id: record.id } };
    }),
  };
}

/** Every match past the cursor (keyset: past its sort key, or at it with a later id), for the caller to sort. */
function keysetMatches(order: AwardOrder, after: AwardCursor | null, where: string, params: CypherParams): string {
  const sortKey = SORT_KEY[order.field];
  const beyond = order.direction === 'ASC' ? '>' : '<';
  const keyset = after
    ? `AND (${sortKey} ${beyond} ${params.add(after.key)} OR (${sortKey} = ${params.add(after.key)} AND a.id > ${params.add(after.id)}))`
    : '';
  return `MATCH (a:Award) WHERE ${where} ${keyset}`;
}

/**
 * The matches of the first page in level order without reading every match: levels are few, so
 * the awards of one level at a time are read in id order from the (levelRank, id) index, and
 * reading stops once the page is full. Awards without a level sort as level 0 (SORT_KEY): last
 * in descending order, first in ascending; they are read by the id index, and only when the
 * awards before them leave the page short.
 */
function levelOrderedMatches(
  filter: AwardFilter,
  order: AwardOrder,
  after: AwardCursor | null,
  where: string,
  limit: string,
  params: CypherParams,
): string {
  const descending = order.direction !== 'ASC';
  // The keyset as per-level lower bounds on the id: levels past the cursor's whole, its own past its id.
  const key = after?.key;
  const past = (rank: number) => {
    if (after === null) return '';
    if (typeof key !== 'number' || rank === key) return rank === key ? after.id : null;
    return (descending ? rank < key : rank > key) ? '' : null;
  };
  // Levels the filter rules out are not visited at all (reading them would find nothing).
  const { min, max } = levelBounds(filter);
  const ranks = LEVELS.map((level) => levelRank(level))
    .filter((rank) => rank >= min && rank <= max)
    .sort((a, b) => (descending ? b - a : a - b));
  const steps = ranks.flatMap((rank) => {
    const from = past(rank);
    return from === null ? [] : [{ rank: cypherInt(rank), after: from }];
  });
  const unrankedFrom = min > 0 ? null : past(0);
  const ranked = `UNWIND ${params.add(steps)} AS step
         CALL {
           WITH step
           MATCH (a:Award) WHERE a.levelRank = step.rank AND a.id > step.after AND ${where}
           WITH a ORDER BY a.levelRank, a.id LIMIT ${limit}
           RETURN a
         }
         WITH a LIMIT ${limit}`;
  const unranked =
    unrankedFrom === null
      ? null
      : `MATCH (a:Award) WHERE a.levelRank IS NULL AND a.id > ${params.add(unrankedFrom)} AND ${where}
         WITH a ORDER BY a.id LIMIT ${limit}`;
  const [head, tail] = descending ? [ranked, unranked] : [unranked, ranked];
  if (head === null) return `CALL { ${tail} RETURN collect(a) AS found } UNWIND found AS a`;
  if (tail === null) return `CALL { ${head} RETURN collect(a) AS found } UNWIND found AS a`;
  // The second part only runs when the first leaves the page short.
  return `CALL { ${head} RETURN collect(a) AS found }
       CALL { WITH found UNWIND CASE WHEN size(found) < ${limit} THEN [true] ELSE [] END AS short ${tail} RETURN collect(a) AS more }
       UNWIND found + more AS a`;
}

/**
 * The levels a filter allows at most, from its level leaves and those of its `and` parts (an
 * `or` or `not` may allow anything). A minimum above 0 also rules out awards without a level.
 */
export function levelBounds(filter: AwardFilter): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  if (filter.level !== undefined) [min, max] = [Math.max(min, levelRank(filter.level)), Math.min(max, levelRank(filter.level))];
  if (filter.levelAtLeast !== undefined) min = Math.max(min, levelRank(filter.levelAtLeast));
  if (filter.levelAtMost !== undefined) [min, max] = [Math.max(min, 1), Math.min(max, levelRank(filter.levelAtMost))];
  for (const sub of filter.and ?? []) {
    const bounds = levelBounds(sub);
    [min, max] = [Math.max(min, bounds.min), Math.min(max, bounds.max)];
  }
  return { min, max };
}
