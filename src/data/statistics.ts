import type { Executor } from '../neo4j/executor';
import { sectionNumberOf } from '../model/sections';
import { AWARD_RANKS, LEVELS, type EntityKind } from '../model/vocabulary';
import { awardPredicate, type AwardFilter } from './awards';
import { toEntityRecord } from './entities';
import type { EntityRecord } from './model';
import { CypherParams, cypherInt, entityProjection, statedByKnown, type EntitySelection } from './projection';

/**
 * Data access for dashboard figures: award counts by dimension and top recipients. As of a
 * moment (the selection's `asOf`) only the awards, RECEIVED facts, recipients and SAME_RESULT_AS
 * links a report known then states count; filters on an award's facts see all of them, as in
 * `awards` (data/awards.ts).
 */

/** ` AND <condition>`: the variables are stated by a known report (the list parameter `known`); nothing without one. */
const stated = (known: string | null, ...variables: string[]) =>
  known ? variables.map((v) => ` AND ${statedByKnown(v, known)}`).join('') : '';

/**
 * How many results a list of awards holds: awards the report states for one result (linked
 * SAME_RESULT_AS, e.g. 优胜奖 and 全国第六名 for one entry) count once.
 */
const resultCount = (awards: string, known: string | null) =>
  `size([x IN ${awards} WHERE NOT EXISTS { MATCH (x)-[l:SAME_RESULT_AS]-(y:Award) WHERE y IN ${awards} AND y.id < x.id${stated(known, 'l')} }])`;

export type AwardDimension = 'LEVEL' | 'RANK' | 'RECIPIENT_KIND' | 'SECTION' | 'YEAR';

/** The bucket keys of one award per dimension (an award may fall in several, e.g. two sections). */
const BUCKET_KEYS: Record<AwardDimension, (known: string | null) => string> = {
  LEVEL: () => "[coalesce(a.level, 'UNSPECIFIED')]",
  RANK: () => '[a.rank]',
  RECIPIENT_KIND: (known) =>
    `coalesce(nullif(COLLECT { MATCH (r:Entity)-[g:RECEIVED]->(a)${known ? ` WHERE ${statedByKnown('g', known)} AND ${statedByKnown('r', known)}` : ''} RETURN DISTINCT r.kind }, []), ['UNSPECIFIED'])`,
  // As of a moment, the sections of the reports known then (srcSection runs parallel to srcReport).
  SECTION: (known) =>
    known ? `[i IN range(0, size(a.srcSection) - 1) WHERE a.srcReport[i] IN ${known} | a.srcSection[i]]` : 'a.srcSection',
  YEAR: () => "[CASE WHEN a.date IS NULL THEN 'UNDATED' ELSE substring(a.date, 0, 4) END]",
};

/** Buckets in the order a reader expects: highest level first, best rank first, sections in order, newest year first. */
function bucketOrder(dimension: AwardDimension): (a: AwardBucketRecord, b: AwardBucketRecord) => number {
  const byList = (list: readonly string[]) => (a: AwardBucketRecord, b: AwardBucketRecord) => {
    const pos = (k: string) => (list.includes(k) ? list.indexOf(k) : list.length);
    return pos(a.key) - pos(b.key);
  };
  switch (dimension) {
    case 'LEVEL':
      return byList([...LEVELS].reverse());
    case 'RANK':
      return byList(AWARD_RANKS);
    case 'SECTION':
      return (a, b) => (sectionNumberOf(a.key) ?? Infinity) - (sectionNumberOf(b.key) ?? Infinity);
    case 'YEAR':
      return (a, b) => (a.key === 'UNDATED' ? 1 : b.key === 'UNDATED' ? -1 : b.key.localeCompare(a.key));
    case 'RECIPIENT_KIND':
      return (a, b) => b.awardCount - a.awardCount || a.key.localeCompare(b.key);
  }
}

export interface AwardBucketRecord {
  key: string;
  awardCount: number;
  resultCount: number;
  awards: EntityRecord<'AWARD'>[];
}

/** How many awards (of those the filter keeps) fall in each bucket, with up to `perBucket` of them. */
export async function countAwardsBy(
  db: Executor,
  dimension: AwardDimension,
  filter: AwardFilter,
  perBucket: number,
  selection: EntitySelection,
): Promise<AwardBucketRecord[]> {
  const params = new CypherParams();
  const where = awardPredicate(filter, params);
  const known = selection.asOf ? params.add(selection.asOf.known) : null;
  const limit = params.add(cypherInt(perBucket));
  const projection = entityProjection('x', selection, params);
  const result = await db.read(
    `MATCH (a:Award) WHERE ${where}${stated(known, 'a')}
     UNWIND ${BUCKET_KEYS[dimension](known)} AS key
     WITH DISTINCT key, a ORDER BY a.id
     WITH key, collect(a) AS inBucket
     RETURN key, size(inBucket) AS awardCount, ${resultCount('inBucket', known)} AS resultCount, [x IN inBucket[..${limit}] | ${projection}] AS awards`,
    params.values,
  );
  return result.records
    .map((r) => ({
      key: r.get('key') as string,
      awardCount: r.get('awardCount') as number,
      resultCount: r.get('resultCount') as number,
      awards: (r.get('awards') as Record<string, unknown>[]).map((x) => toEntityRecord(x, selection) as EntityRecord<'AWARD'>),
    }))
    .sort(bucketOrder(dimension));
}

export interface RecipientRankingRecord {
  entity: EntityRecord;
  awardCount: number;
  resultCount: number;
  awards: EntityRecord<'AWARD'>[];
}

/** Recipients with the most awards (of those the filter keeps), most first, ties by id. */
export async function topRecipients(
  db: Executor,
  filter: AwardFilter,
  kinds: EntityKind[] | null,
  first: number,
  recipientSelection: EntitySelection,
  awardSelection: EntitySelection,
): Promise<RecipientRankingRecord[]> {
  const params = new CypherParams();
  const where = awardPredicate(filter, params);
  const kindList = params.add(kinds);
  const known = recipientSelection.asOf ? params.add(recipientSelection.asOf.known) : null;
  const limit = params.add(cypherInt(first));
  const recipient = entityProjection('r', recipientSelection, params);
  const award = entityProjection('x', awardSelection, params);
  const result = await db.read(
    `MATCH (a:Award) WHERE ${where}${stated(known, 'a')}
     MATCH (r:Entity)-[g:RECEIVED]->(a) WHERE (${kindList} IS NULL OR r.kind IN ${kindList})${stated(known, 'g', 'r')}
     WITH r, a ORDER BY a.id
     WITH r, collect(a) AS awards
     WITH r, awards, size(awards) AS awardCount, ${resultCount('awards', known)} AS resultCount
     ORDER BY resultCount DESC, awardCount DESC, r.id LIMIT ${limit}
     RETURN ${recipient} AS entity, awardCount, resultCount, [x IN awards | ${award}] AS awards`,
    params.values,
  );
  return result.records.map((r) => ({
    entity: toEntityRecord(r.get('entity') as Record<string, unknown>, recipientSelection),
    awardCount: r.get('awardCount') as number,
    resultCount: r.get('resultCount') as number,
    awards: (r.get('awards') as Record<string, unknown>[]).map((x) => toEntityRecord(x, awardSelection) as EntityRecord<'AWARD'>),
  }));
}
