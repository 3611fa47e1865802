import neo4j from 'neo4j-driver';
import type { Database } from '../neo4j/driver';
import { fromProvenanceProperties } from '../model/provenance';
import { LABEL_OF_KIND, type EntityKind, type RelationType } from '../model/vocabulary';
import type { EntityPage, EntityRecord, RelationRecord } from './model';

/** Data access for entities: every Cypher statement that reads entities lives here. */

type Props = Record<string, unknown>;

/** Storage-only properties that the API does not expose as such. */
const INTERNAL_PROPERTIES = ['srcReport', 'srcSection', 'srcItem', 'srcQuote', 'aliasText', 'levelRank', 'rankOrder'];

/** Turns a node's property map into the plain record the resolvers return. */
export function toEntityRecord(props: Props): EntityRecord {
  const record: Props = { note: null, aliases: [], ...props, sources: fromProvenanceProperties(props) };
  for (const key of INTERNAL_PROPERTIES) delete record[key];
  return record as unknown as EntityRecord;
}

export async function findEntityById(db: Database, id: string): Promise<EntityRecord | null> {
  const result = await db.read('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
  const row = result.records[0];
  return row ? toEntityRecord(row.get('props') as Props) : null;
}

export async function findEntitiesByName(db: Database, name: string, kind: EntityKind | null): Promise<EntityRecord[]> {
  // Two index seeks (name, then aliases) rather than one OR, which would scan.
  const result = await db.read(
    `CALL {
       MATCH (n:Entity) WHERE n.name = $name RETURN n
       UNION
       MATCH (n:Entity) WHERE $name IN n.aliases RETURN n
     }
     WITH n WHERE $kind IS NULL OR n.kind = $kind
     RETURN properties(n) AS props ORDER BY n.id`,
    { name, kind },
  );
  return result.records.map((r) => toEntityRecord(r.get('props') as Props));
}

/** One keyset page of one kind, in id order, plus the total (counted from the label's count store). */
export async function listEntities(db: Database, kind: EntityKind, first: number, afterId: string | null): Promise<EntityPage> {
  const label = LABEL_OF_KIND[kind];
  const result = await db.read(
    `MATCH (n:${label}) WHERE n.id > $after
     WITH n ORDER BY n.id LIMIT $limit
     WITH collect(properties(n)) AS page
     CALL { MATCH (m:${label}) RETURN count(m) AS total }
     RETURN page, total`,
    { after: afterId ?? '', limit: neo4j.int(first + 1) },
  );
  const row = result.records[0];
  const page = (row?.get('page') as Props[] | undefined) ?? [];
  return {
    items: page.slice(0, first).map(toEntityRecord),
    totalCount: (row?.get('total') as number | undefined) ?? 0,
    hasNextPage: page.length > first,
  };
}

const RELATION_DEFAULTS = {
  role: null,
  roleEn: null,
  partnershipKind: null,
  date: null,
  outcome: null,
  count: null,
  countUnit: null,
  period: null,
  note: null,
};

export interface RelationFilter {
  type: RelationType | null;
  direction: 'OUTGOING' | 'INCOMING' | null;
  first: number;
}

export async function listRelations(db: Database, id: string, filter: RelationFilter): Promise<RelationRecord[]> {
  const result = await db.read(
    `MATCH (n:Entity {id: $id})-[r]-(other:Entity)
     WITH r, other, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
     WHERE ($type IS NULL OR type(r) = $type) AND ($direction IS NULL OR direction = $direction)
     RETURN type(r) AS type, direction, properties(r) AS props, properties(other) AS other
     ORDER BY type, direction, other.id, r.id
     LIMIT $limit`,
    { id, type: filter.type, direction: filter.direction, limit: neo4j.int(filter.first) },
  );
  return result.records.map((r) => {
    const props = r.get('props') as Props;
    const { srcReport: _r, srcSection: _s, srcItem: _i, srcQuote: _q, ...fields } = props;
    return {
      ...RELATION_DEFAULTS,
      ...fields,
      type: r.get('type') as RelationType,
      direction: r.get('direction') as 'OUTGOING' | 'INCOMING',
      other: toEntityRecord(r.get('other') as Props),
      sources: fromProvenanceProperties(props),
    } as RelationRecord;
  });
}
