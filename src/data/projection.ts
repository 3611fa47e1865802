import neo4j from 'neo4j-driver';
import type { RelationType } from '../model/vocabulary';

/**
 * Compiles what a request selects below an entity into one Cypher map projection, so that a
 * root field and everything nested under it is fetched by a single statement.
 *
 * Only fixed vocabulary (relationship types and directions from GraphQL enums, labels of the
 * schema's own types) is written into
 * the statement text; every value, including page sizes, is a parameter, and response aliases
 * never reach Cypher (nested results are keyed by position and renamed in JS).
 */

export interface RelationSelection {
  /** Where the list is stored on the entity: the field's parent type and response key. */
  key: string;
  /** Fetch only for nodes with this label (a field selected on one concrete type). */
  onlyLabel: string | null;
  type: RelationType | null;
  direction: 'OUTGOING' | 'INCOMING' | null;
  first: number;
  /** The relationship's properties to fetch (see codec.factPropertiesFor), or null for all. */
  factProperties: readonly string[] | null;
  other: EntitySelection;
}

export interface EntitySelection {
  /** The node's properties to fetch (see codec.entityPropertiesFor), or null for all. */
  properties: readonly string[] | null;
  relations: RelationSelection[];
}

/** Every property, no relationships: for reads whose caller needs the whole record. */
export const PROPERTIES_ONLY: EntitySelection = { properties: null, relations: [] };

/**
 * Property names are written into the statement, so they must be plain identifiers; they come
 * from the codec's fixed field lists, and this makes sure no other text ever gets there.
 */
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** `.*`, or `.id, .kind, …`: what a map projection of `variable` fetches. */
function propertyList(properties: readonly string[] | null): string {
  if (properties === null) return '.*';
  for (const name of properties) if (!PROPERTY_NAME.test(name)) throw new Error(`not a property name: ${name}`);
  return properties.map((name) => `.${name}`).join(', ');
}

/** LIMIT and hop counts must be Cypher integers; a JS number would arrive as a float. */
export const cypherInt = (value: number) => neo4j.int(value);

/** Collects parameter values and hands out their names. */
export class CypherParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

function relationPattern(from: string, rel: string, to: string, selection: RelationSelection): string {
  const type = selection.type ? `:${selection.type}` : '';
  const arrow = (body: string) =>
    selection.direction === 'OUTGOING' ? `-${body}->` : selection.direction === 'INCOMING' ? `<-${body}-` : `-${body}-`;
  return `(${from})${arrow(`[${rel}${type}]`)}(${to}:Entity)`;
}

/**
 * `variable { .id, .name, __relations: { r0: [...], r1: [...] } }` where each list is a COLLECT subquery,
 * ordered and limited inside Neo4j, with the other end projected the same way, recursively.
 */
export function entityProjection(variable: string, selection: EntitySelection, params: CypherParams, depth = 0): string {
  const properties = propertyList(selection.properties);
  if (selection.relations.length === 0) return `${variable} { ${properties} }`;
  // Nested subqueries see the outer variables, so every level gets its own names.
  const rel = `r${depth}`;
  const other = `o${depth}`;
  const direction = `d${depth}`;
  const lists = selection.relations.map((relation, index) => {
    const limit = params.add(cypherInt(relation.first));
    return `r${index}: COLLECT {
      MATCH ${relationPattern(variable, rel, other, relation)}${relation.onlyLabel ? ` WHERE ${variable}:${relation.onlyLabel}` : ''}
      WITH ${rel}, ${other}, CASE WHEN startNode(${rel}) = ${variable} THEN 'OUTGOING' ELSE 'INCOMING' END AS ${direction}
      ORDER BY type(${rel}), ${direction}, ${other}.id, ${rel}.id
      LIMIT ${limit}
      RETURN { type: type(${rel}), direction: ${direction}, props: ${rel} { ${propertyList(relation.factProperties)} }, other: ${entityProjection(other, relation.other, params, depth + 1)} }
    }`;
  });
  return `${variable} { ${properties}, __relations: { ${lists.join(', ')} } }`;
}
