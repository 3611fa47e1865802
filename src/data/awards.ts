import type { Executor } from '../neo4j/executor';
import type { AwardRank, Level } from '../model/vocabulary';
import { levelRank } from '../model/vocabulary';
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

export async function listAwards(
  db: Executor,
  filter: AwardFilter,
  order: AwardOrder,
  first: number,
  after: AwardCursor | null,
  selection: EntitySelection,
): Promise<AwardPage> {
  const params = new CypherParams();
  // As of a moment, only awards a known report states (filters on their facts see all of them).
  const where = selection.asOf
    ? `${awardPredicate(filter, params)} AND ${visibleAsOf('a', selection, params)}`
    : awardPredicate(filter, params);
  const sortKey = SORT_KEY[order.field];
  const direction = order.direction === 'ASC' ? 'ASC' : 'DESC';
  const beyond = order.direction === 'ASC' ? '>' : '<';
  // Keyset: strictly past the cursor's sort key, or equal to it with a later id.
  const keyset = after
    ? `AND (${sortKey} ${beyond} ${params.add(after.key)} OR (${sortKey} = ${params.add(after.key)} AND a.id > ${params.add(after.id)}))`
    : '';
  const limit = params.add(cypherInt(first + 1));
  const projection = entityProjection('a', selection, params);
  const result = await db.read(
    `CALL { MATCH (a:Award) WHERE ${where} RETURN count(a) AS total }
     CALL {
       MATCH (a:Award) WHERE ${where} ${keyset}
       WITH a, ${sortKey} AS sortKey ORDER BY sortKey ${direction}, a.id ASC LIMIT ${limit}
       RETURN collect({ award: ${projection}, sortKey: sortKey }) AS page
     }
     RETURN total, page`,
    params.values,
  );
  const row = result.records[0]!;
  const page = row.get('page') as { award: Record<string, unknown>; sortKey: string | number }[];
  return {
    totalCount: row.get('total') as number,
    hasNextPage: page.length > first,
    items: page.slice(0, first).map(({ award, sortKey }) => {
      const record = toEntityRecord(award, selection) as EntityRecord<'AWARD'>;
      return { award: record, cursor: { field: order.field, key: sortKey, id: record.id } };
    }),
  };
}
