import type { Executor } from '../neo4j/executor';
import type { RelationType } from '../model/vocabulary';
import { factFromProperties } from './codec';
import { asOfRecord, toEntityRecord } from './entities';
import type { AsOf, EntityRecord, RelationRecord } from './model';
import { CypherParams, cypherInt, entityProjection, statedByKnown, type EntitySelection } from './projection';

/** Data access for connections: shortest paths and neighbourhoods, as nodes and edges. */

/** A fact as an edge between two ids: the fields of a Relation, without the point of view. */
export type GraphEdgeRecord = Omit<RelationRecord, 'direction' | 'other'> & { source: string; target: string };

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
}

export interface GraphRecord {
  nodes: EntityRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

/** The longest path `connections` considers; Cypher needs the bound as a literal. */
export const MAX_PATH_HOPS = 6;

const EDGE_PROJECTION = (r: string) =>
  `{ type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r}) }`;

interface RawEdge {
  type: RelationType;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/** As of a moment, an edge keeps only the sources of reports known then. */
function toEdgeRecord(raw: RawEdge, asOf: AsOf | null): GraphEdgeRecord {
  return asOfRecord({ ...factFromProperties(raw.props), type: raw.type, source: raw.source, target: raw.target }, asOf);
}

/**
 * As of a moment: ` AND <condition>` keeping only the nodes and relationships (each a variable)
 * that a known report states; nothing without `asOf`, so that the statement is as before.
 */
function knownThen(known: string | null, variables: string[], keyword = 'AND'): string {
  return known ? ` ${keyword} ${variables.map((v) => statedByKnown(v, known)).join(' AND ')}` : '';
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  /** Entities no path may pass through. */
  avoid: string[];
  /** Follow only these types (null: any). */
  types: RelationType[] | null;
  /** Never follow these types. */
  excludeTypes: RelationType[];
}

/**
 * All shortest paths between two entities, if they are at most `maxHops` apart, each once: paths
 * through the same entities by relationships of the same types (parallel facts) are one path,
 * given with the facts of smallest id. The conditions hold for every step, so Neo4j applies them
 * while it searches and a path around an avoided hub is found when there is one. As of a moment
 * (the selection's `asOf`), every step's fact and entity must be stated by a report known then.
 */
export async function findShortestPaths(db: Executor, query: PathQuery, selection: EntitySelection): Promise<PathRecord[]> {
  const params = new CypherParams();
  const from = params.add(query.from);
  const to = params.add(query.to);
  const hops = params.add(cypherInt(query.maxHops));
  const limit = params.add(cypherInt(query.first));
  const avoid = params.add(query.avoid);
  const types = params.add(query.types);
  const excluded = params.add(query.excludeTypes);
  const asOf = selection.asOf ?? null;
  const known = asOf ? params.add(asOf.known) : null;
  const stated = known
    ? `
       AND all(n IN nodes(p) WHERE ${statedByKnown('n', known)}) AND all(r IN relationships(p) WHERE ${statedByKnown('r', known)})`
    : '';
  const projection = entityProjection('x', selection, params);
  const result = await db.read(
    `MATCH (a:Entity {id: ${from}}), (b:Entity {id: ${to}}) WHERE a <> b
     MATCH p = allShortestPaths((a)-[*..${MAX_PATH_HOPS}]-(b))
     WHERE length(p) <= ${hops}
       AND none(x IN nodes(p) WHERE x.id IN ${avoid})
       AND all(r IN relationships(p) WHERE (${types} IS NULL OR type(r) IN ${types}) AND NOT type(r) IN ${excluded})${stated}
     WITH p, [x IN nodes(p) | x.id] AS nodeIds, [r IN relationships(p) | type(r)] AS types
     ORDER BY nodeIds, types, [r IN relationships(p) | r.id]
     WITH nodeIds, types, head(collect(p)) AS p
     ORDER BY nodeIds, types
     LIMIT ${limit}
     RETURN length(p) AS length,
            [x IN nodes(p) | ${projection}] AS nodes,
            [r IN relationships(p) | ${EDGE_PROJECTION('r')}] AS edges`,
    params.values,
  );
  return result.records.map((r) => ({
    length: r.get('length') as number,
    nodes: (r.get('nodes') as Record<string, unknown>[]).map((n) => toEntityRecord(n, selection)),
    edges: (r.get('edges') as RawEdge[]).map((edge) => toEdgeRecord(edge, asOf)),
  }));
}

/**
 * The entity, its neighbours and (for two hops) theirs, at most `maxNodes` in all, nearest
 * first, with every relationship among them. Null when the entity does not exist. As of a moment
 * (the selection's `asOf`), only entities and relationships a report known then states, and
 * null for an entity none states.
 */
export async function findNeighbourhood(
  db: Executor,
  id: string,
  hops: 1 | 2,
  maxNodes: number,
  types: RelationType[] | null,
  selection: EntitySelection,
): Promise<GraphRecord | null> {
  const params = new CypherParams();
  const centre = params.add(id);
  const typeList = params.add(types);
  const secondHop = params.add(hops === 2);
  const limit = params.add(cypherInt(maxNodes));
  const typeOk = (r: string) => `(${typeList} IS NULL OR type(${r}) IN ${typeList})`;
  const knownList = selection.asOf ? params.add(selection.asOf.known) : null;
  const known = (variables: string[], keyword?: string) => knownThen(knownList, variables, keyword);
  const projection = entityProjection('x', selection, params);
  const result = await db.read(
    `MATCH (c:Entity {id: ${centre}})${known(['c'], 'WHERE')}
     CALL { WITH c MATCH (c)-[r]-(n:Entity) WHERE ${typeOk('r')}${known(['r', 'n'])} WITH DISTINCT n ORDER BY n.id RETURN collect(n) AS ring1 }
     CALL {
       WITH c, ring1
       UNWIND CASE WHEN ${secondHop} THEN ring1 ELSE [] END AS m
       MATCH (m)-[r]-(n:Entity) WHERE ${typeOk('r')} AND n <> c AND NOT n IN ring1${known(['r', 'n'])}
       WITH DISTINCT n ORDER BY n.id
       RETURN collect(n) AS ring2
     }
     WITH [c] + ring1 + ring2 AS reachable
     WITH reachable[..${limit}] AS kept, size(reachable) > ${limit} AS truncated
     CALL {
       WITH kept
       UNWIND kept AS a
       MATCH (a)-[r]->(b:Entity) WHERE b IN kept AND ${typeOk('r')}${known(['r'])}
       RETURN collect(${EDGE_PROJECTION('r')}) AS edges
     }
     RETURN [x IN kept | ${projection}] AS nodes, edges, truncated`,
    params.values,
  );
  const row = result.records[0];
  if (!row) return null;
  return {
    nodes: (row.get('nodes') as Record<string, unknown>[]).map((n) => toEntityRecord(n, selection)),
    edges: (row.get('edges') as RawEdge[]).map((edge) => toEdgeRecord(edge, selection.asOf ?? null)),
    truncated: row.get('truncated') as boolean,
  };
}
