import type { Executor } from '../neo4j/executor';
import { looseNameKey, nameKey } from '../model/names';
import { LABEL_OF_KIND, type EntityKind, type RelationType } from '../model/vocabulary';
import { entityFromProperties, factFromProperties, LOOKUP_INDEX, type Props } from './codec';
import { escapeLucene } from './searchQuery';
import type { Provenance } from '../model/provenance';
import type { PartnershipFilter } from './partnershipCategory';
import type { AsOf, CompetingClaim, EntityPage, EntityRecord, RelationRecord } from './model';
import { CypherParams, cypherInt, entityProjection, PROPERTIES_ONLY, visibleAsOf, type EntitySelection } from './projection';

/** Data access for entities: every Cypher statement that reads entities lives here. */

interface RawRelation {
  type: RelationType;
  direction: 'OUTGOING' | 'INCOMING';
  props: Props;
  other: Props;
  /** Id of the part the fact belongs to, when listed with includeParts. */
  viaPart?: string | null;
  /** The claims competing with it, when its rank was selected (projection.ts). */
  competing?: CompetingClaim[];
}

/**
 * Turns a projected node (see projection.ts) into the plain record the resolvers return; the
 * relation lists it carries are renamed from their positions to the request's response keys.
 */
export function toEntityRecord(raw: Props, selection?: EntitySelection, asOf: AsOf | null = selection?.asOf ?? null): EntityRecord {
  const __relations = (raw as { __relations?: Record<string, RawRelation[]> }).__relations;
  const record = asOfRecord(entityFromProperties(raw), asOf);
  if (__relations && selection) {
    record.__relations = Object.fromEntries(
      selection.relations.map((relation, index) => [
        relation.key,
        (__relations[`r${index}`] ?? []).map((raw) => toRelationRecord(raw, relation.other, asOf)),
      ]),
    );
  }
  return record;
}

/**
 * A record as of a moment: only the sources of reports known then, and the moment itself, which
 * the claim fields derive ranks and validity with (graphql/claims.ts).
 */
export function asOfRecord<R extends { sources: Provenance[]; asOf?: AsOf }>(record: R, asOf: AsOf | null): R {
  if (!asOf) return record;
  const known = new Set(asOf.known);
  return { ...record, sources: record.sources.filter((s) => known.has(s.report)), asOf };
}

export function toRelationRecord(raw: RawRelation, otherSelection?: EntitySelection, asOf: AsOf | null = null): RelationRecord {
  return asOfRecord(
    {
      ...factFromProperties(raw.props),
      type: raw.type,
      direction: raw.direction,
      other: toEntityRecord(raw.other, otherSelection, asOf),
      viaPart: raw.viaPart ?? null,
      ...(raw.competing ? { competing: raw.competing } : {}),
    },
    asOf,
  );
}

export async function findEntityById(db: Executor, id: string, selection?: EntitySelection): Promise<EntityRecord | null> {
  const params = new CypherParams();
  const projection = entityProjection('n', selection ?? PROPERTIES_ONLY, params);
  const result = await db.read(
    `MATCH (n:Entity {id: ${params.add(id)}}) WHERE ${visibleAsOf('n', selection, params)} RETURN ${projection} AS entity`,
    params.values,
  );
  const row = result.records[0];
  return row ? toEntityRecord(row.get('entity') as Props, selection) : null;
}

/**
 * Entities named `name`, by the closest match any of them has: the name or an alias exactly;
 * else the same key (quotation marks, brackets, spaces, width and case aside); else the same
 * key but for edition, year and the like (see model/names.ts). The report's wording
 * “第十五届中国浙江·宁波人才科技周” or 首届2020年浙江省技能大赛 thus reaches the entity.
 */
export async function findEntitiesByName(
  db: Executor,
  name: string,
  kind: EntityKind | null,
  selection?: EntitySelection,
): Promise<EntityRecord[]> {
  const params = new CypherParams();
  const key = nameKey(name) || null;
  const loose = looseNameKey(name);
  const nameParam = params.add(name);
  const keyParam = params.add(key);
  const looseParam = params.add(loose);
  const kindParam = params.add(kind);
  // The name by its range index; aliases and keys through the lookup index, whose hits are only
  // candidates: the closeness below checks the exact membership on each.
  const lookup = lookupQuery(name, key, loose);
  const byKeys = lookup
    ? `UNION
       CALL db.index.fulltext.queryNodes(${params.add(LOOKUP_INDEX)}, ${params.add(lookup)}) YIELD node AS n RETURN n`
    : '';
  const projection = entityProjection('n', selection ?? PROPERTIES_ONLY, params);
  const result = await db.read(
    `CALL {
       MATCH (n:Entity) WHERE n.name = ${nameParam} RETURN n
       ${byKeys}
     }
     WITH n, CASE WHEN n.name = ${nameParam} OR ${nameParam} IN n.aliases THEN 0 WHEN ${keyParam} IN n.nameKeys THEN 1 WHEN ${looseParam} IN n.looseKeys THEN 2 END AS closeness
     WHERE closeness IS NOT NULL AND (${kindParam} IS NULL OR n.kind = ${kindParam}) AND ${visibleAsOf('n', selection, params)}
     WITH collect({ n: n, closeness: closeness }) AS found, min(closeness) AS closest
     UNWIND found AS f
     WITH f.n AS n WHERE f.closeness = closest
     WITH n ORDER BY n.id
     RETURN ${projection} AS entity`,
    params.values,
  );
  return result.records.map((r) => toEntityRecord(r.get('entity') as Props, selection));
}

/**
 * The Lucene query of the lookup index for a name: the name among the aliases, its key among the
 * name keys, its loose key among the loose keys, each as one quoted (escaped) term. Null when
 * there is nothing to look for.
 */
export function lookupQuery(name: string, key: string | null, loose: string | null): string | null {
  const clauses = (
    [
      ['aliases', name],
      ['nameKeys', key],
      ['looseKeys', loose],
    ] as const
  )
    .filter(([, value]) => value)
    .map(([field, value]) => `${field}:"${escapeLucene(value!)}"`);
  return clauses.length > 0 ? clauses.join(' OR ') : null;
}

/** One keyset page of one kind, in id order, plus the total (counted from the label's count store). */
export async function listEntities(
  db: Executor,
  kind: EntityKind,
  first: number,
  afterId: string | null,
  selection?: EntitySelection,
): Promise<EntityPage> {
  const label = LABEL_OF_KIND[kind];
  const params = new CypherParams();
  const after = params.add(afterId ?? '');
  const limit = params.add(cypherInt(first + 1));
  const projection = entityProjection('n', selection ?? PROPERTIES_ONLY, params);
  // Without asOf no condition at all: the total then comes from the label's count store.
  const visible = (variable: string, keyword: string) => (selection?.asOf ? ` ${keyword} ${visibleAsOf(variable, selection, params)}` : '');
  const result = await db.read(
    `MATCH (n:${label}) WHERE n.id > ${after}${visible('n', 'AND')}
     WITH n ORDER BY n.id LIMIT ${limit}
     WITH collect(${projection}) AS page
     CALL { MATCH (m:${label})${visible('m', 'WHERE')} RETURN count(m) AS total }
     RETURN page, total`,
    params.values,
  );
  const row = result.records[0];
  const page = (row?.get('page') as Props[] | undefined) ?? [];
  return {
    items: page.slice(0, first).map((raw) => toEntityRecord(raw, selection)),
    totalCount: (row?.get('total') as number | undefined) ?? 0,
    hasNextPage: page.length > first,
  };
}

export interface RelationFilter {
  /** Any of these types; null for any type. */
  types: RelationType[] | null;
  direction: 'OUTGOING' | 'INCOMING' | null;
  first: number;
  /** Also the relationships of the entity's parts (see projection.ts). */
  includeParts?: boolean;
  /** Only these PARTNERED_WITH facts. */
  partnership?: PartnershipFilter;
}

/**
 * The relationships of one entity that was not fetched by its root field's statement. The same
 * list as the compiled projection gives (entityProjection), in the same order.
 */
export async function listRelations(db: Executor, id: string, filter: RelationFilter): Promise<RelationRecord[]> {
  const params = new CypherParams();
  // Whole records: this is the fallback for an entity that came without its lists.
  const selection: EntitySelection = {
    properties: ['id', 'kind'],
    relations: [
      {
        key: 'list',
        onlyLabel: null,
        factProperties: null,
        type: filter.types?.[0] ?? null,
        ...(filter.types && filter.types.length > 1 ? { alsoTypes: filter.types.slice(1) } : {}),
        direction: filter.direction,
        first: filter.first,
        ...(filter.includeParts ? { includeParts: true } : {}),
        ...(filter.partnership ? { partnership: filter.partnership } : {}),
        other: PROPERTIES_ONLY,
      },
    ],
  };
  const projection = entityProjection('n', selection, params);
  const result = await db.read(`MATCH (n:Entity {id: ${params.add(id)}}) RETURN ${projection} AS entity`, params.values);
  const row = result.records[0];
  return row ? (toEntityRecord(row.get('entity') as Props, selection).__relations?.list ?? []) : [];
}
