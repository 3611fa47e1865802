import type { Executor } from '../neo4j/executor';
import type { RelationType } from '../model/vocabulary';
import { factFromProperties, type Props } from './codec';
import { asOfRecord, toEntityRecord } from './entities';
import type { AsOf, CompetingClaim, EntityRecord, RootFactRecord } from './model';
import { competingClaims, CypherParams, cypherInt, statedByKnown } from './projection';

/**
 * Data access for `diff`: what changed in the graph between two moments (model/claims.ts).
 * An entity or fact is ADDED when a report known at `to` states it and none known at `from`
 * did; a fact that competes with a claim known at `from` is CHANGED instead (both claims are
 * served); a fact whose end a report known at `to` (and none at `from`) states is ENDED.
 */

export type ChangeKind = 'ADDED' | 'CHANGED' | 'ENDED';

export interface ChangeRecord {
  kind: ChangeKind;
  entry: 'ENTITY' | 'FACT';
  id: string;
  entity: EntityRecord | null;
  /** The fact added or ended, or the new claim of a change: as of `to`. */
  fact: RootFactRecord | null;
  /** For a change: the claims known at `from` that the new one competes with, as of `from`. */
  previous: RootFactRecord[];
  /** Where the reports known at `to` (and not at `from`) state the change. */
  quotes: RootFactRecord['sources'];
}

export interface ChangePage {
  items: ChangeRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

interface RawFact {
  type: RelationType;
  props: Props;
  from: Props;
  to: Props;
  competing?: CompetingClaim[];
}

const factRecord = (raw: RawFact, asOf: AsOf): RootFactRecord =>
  asOfRecord(
    {
      ...factFromProperties(raw.props),
      type: raw.type,
      competing: raw.competing ?? [],
      from: toEntityRecord(raw.from, undefined, asOf),
      to: toEntityRecord(raw.to, undefined, asOf),
    },
    asOf,
  );

/** One page of the changes between two moments, in (id, kind) order, with the total: one statement. */
export async function listChanges(db: Executor, from: AsOf, to: AsOf, first: number, afterKey: string | null): Promise<ChangePage> {
  const params = new CypherParams();
  const before = params.add(from.known);
  const after = params.add(to.known);
  const newlyIn = (variable: string, list = 'srcReport') =>
    `any(x IN ${variable}.${list} WHERE x IN ${after}) AND NOT any(x IN ${variable}.${list} WHERE x IN ${before})`;
  const fact = (r: string) =>
    `{ type: type(${r}), props: properties(${r}), from: a { .* }, to: b { .* }, competing: ${competingClaims(r, 'a', 'b')} }`;
  // Claims known at `from` that a new fact competes with: the same type and ends, linked by `contradicts`.
  const previous = `[(a)-[p]->(b) WHERE p <> r AND type(p) = type(r) AND (p.contradicts = r.id OR r.contradicts = p.id) AND ${statedByKnown('p', before)}
       | { type: type(p), props: properties(p), from: a { .* }, to: b { .* }, competing: ${competingClaims('p', 'a', 'b')} }]`;
  const limit = params.add(cypherInt(first + 1));
  const result = await db.read(
    `CALL {
       MATCH (n:Entity) WHERE ${newlyIn('n')}
       RETURN 'ENTITY' AS entry, 'ADDED' AS kind, n.id AS id, n { .* } AS entity, null AS fact, [] AS previous
       UNION ALL
       MATCH (a:Entity)-[r]->(b:Entity) WHERE ${newlyIn('r')}
       WITH a, r, b, ${previous} AS previous
       RETURN 'FACT' AS entry, CASE WHEN size(previous) > 0 THEN 'CHANGED' ELSE 'ADDED' END AS kind, r.id AS id, null AS entity, ${fact('r')} AS fact, previous
       UNION ALL
       MATCH (a:Entity)-[r]->(b:Entity) WHERE ${newlyIn('r', 'endReport')}
       RETURN 'FACT' AS entry, 'ENDED' AS kind, r.id AS id, null AS entity, ${fact('r')} AS fact, [] AS previous
     }
     WITH entry, kind, id, entity, fact, previous, id + ' ' + kind AS key ORDER BY key
     WITH collect({ entry: entry, kind: kind, id: id, entity: entity, fact: fact, previous: previous, key: key }) AS rows
     RETURN size(rows) AS total, [row IN rows WHERE ${params.add(afterKey)} IS NULL OR row.key > ${params.add(afterKey)}][0..${limit}] AS page`,
    params.values,
  );
  const row = result.records[0]!;
  const page = row.get('page') as {
    entry: 'ENTITY' | 'FACT';
    kind: ChangeKind;
    id: string;
    entity: Props | null;
    fact: RawFact | null;
    previous: RawFact[];
  }[];
  const newQuotes = (sources: RootFactRecord['sources']) => sources.filter((s) => !from.known.includes(s.report));
  return {
    totalCount: row.get('total') as number,
    hasNextPage: page.length > first,
    items: page.slice(0, first).map((raw) => {
      const entity = raw.entity ? toEntityRecord(raw.entity, undefined, to) : null;
      const factValue = raw.fact ? factRecord(raw.fact, to) : null;
      return {
        entry: raw.entry,
        kind: raw.kind,
        id: raw.id,
        entity,
        fact: factValue,
        previous: raw.previous.map((p) => factRecord(p, from)),
        quotes: newQuotes(raw.kind === 'ENDED' ? factValue!.ended : (entity ?? factValue)!.sources),
      };
    }),
  };
}

/** The key a change is paged by (its cursor's content). */
export const changeKey = (change: Pick<ChangeRecord, 'id' | 'kind'>) => `${change.id} ${change.kind}`;
