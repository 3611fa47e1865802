import type { Executor } from '../neo4j/executor';
import type { Section } from '../model/sections';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../model/vocabulary';
import { factFromProperties, type Props } from './codec';
import { asOfRecord, toEntityRecord } from './entities';
import type { AsOf, CompetingClaim, RootFactRecord } from './model';
import { competingClaims, statedByKnown, CypherParams, cypherInt, entityProjection, type EntitySelection } from './projection';

/** Data access for the `facts` root field: relationships listed for themselves, with both ends. */

/** A validated filter; every field given narrows. */
export interface FactQuery {
  types?: RelationType[];
  from?: string;
  to?: string;
  fromKinds?: EntityKind[];
  toKinds?: EntityKind[];
  /** These four must hold for one and the same source. */
  report?: string;
  section?: Section;
  item?: number;
  quoteContains?: string;
  /** Only facts (and ends) stated by one of these reports: what was known as of a moment. */
  known?: string[];
}

/** What the request selects below each end of the facts. */
export interface FactEndsSelection {
  from: EntitySelection;
  to: EntitySelection;
}

export interface FactPage {
  items: RootFactRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * `(a)-[f]->(b)` with the ends' ids in the pattern (index seeks) and the types spelled from the
 * vocabulary, so that only fixed words reach the statement's text.
 */
function factPattern(query: FactQuery, params: CypherParams): string {
  const types = query.types ? RELATION_TYPES.filter((type) => query.types!.includes(type)) : [];
  const end = (variable: string, id: string | undefined) => `(${variable}:Entity${id === undefined ? '' : ` {id: ${params.add(id)}}`})`;
  return `${end('a', query.from)}-[f${types.length > 0 ? `:${types.join('|')}` : ''}]->${end('b', query.to)}`;
}

/** Sources are parallel lists (model/provenance.ts): one index must meet every source condition. */
function sourcePredicate(query: FactQuery, params: CypherParams): string | null {
  const conditions: string[] = [];
  if (query.report !== undefined) conditions.push(`f.srcReport[i] = ${params.add(query.report)}`);
  if (query.section !== undefined) conditions.push(`f.srcSection[i] = ${params.add(query.section)}`);
  if (query.item !== undefined) conditions.push(`f.srcItem[i] = ${params.add(query.item)}`);
  if (query.quoteContains !== undefined) conditions.push(`f.srcQuote[i] CONTAINS ${params.add(query.quoteContains)}`);
  return conditions.length > 0 ? `any(i IN range(0, size(f.srcQuote) - 1) WHERE ${conditions.join(' AND ')})` : null;
}

function factPredicate(query: FactQuery, params: CypherParams): string {
  const parts: string[] = [];
  if (query.fromKinds) parts.push(`a.kind IN ${params.add(query.fromKinds)}`);
  if (query.toKinds) parts.push(`b.kind IN ${params.add(query.toKinds)}`);
  if (query.known) {
    const known = params.add(query.known);
    parts.push(statedByKnown('f', known), statedByKnown('a', known), statedByKnown('b', known));
  }
  const sources = sourcePredicate(query, params);
  if (sources) parts.push(sources);
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}

/** One keyset page of facts in id order, with the total, both ends projected: one statement. */
export async function listFacts(
  db: Executor,
  query: FactQuery,
  first: number,
  afterId: string | null,
  selection: FactEndsSelection,
  asOf: AsOf | null = null,
): Promise<FactPage> {
  const params = new CypherParams();
  const pattern = factPattern(query, params);
  const where = factPredicate(query, params);
  const after = afterId === null ? '' : ` AND f.id > ${params.add(afterId)}`;
  const limit = params.add(cypherInt(first + 1));
  const from = entityProjection('a', selection.from, params);
  const to = entityProjection('b', selection.to, params);
  const result = await db.read(
    `CALL { MATCH ${pattern} WHERE ${where} RETURN count(f) AS total }
     CALL {
       MATCH ${pattern} WHERE ${where}${after}
       WITH a, f, b ORDER BY f.id LIMIT ${limit}
       RETURN collect({ type: type(f), props: properties(f), from: ${from}, to: ${to}, competing: ${competingClaims('f', 'a', 'b')} }) AS page
     }
     RETURN total, page`,
    params.values,
  );
  const row = result.records[0]!;
  const page = row.get('page') as { type: RelationType; props: Props; from: Props; to: Props; competing: CompetingClaim[] }[];
  return {
    totalCount: row.get('total') as number,
    hasNextPage: page.length > first,
    items: page.slice(0, first).map((raw) =>
      asOfRecord(
        {
          ...factFromProperties(raw.props),
          type: raw.type,
          competing: raw.competing,
          from: toEntityRecord(raw.from, selection.from, asOf),
          to: toEntityRecord(raw.to, selection.to, asOf),
        },
        asOf,
      ),
    ),
  };
}
