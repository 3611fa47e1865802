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
  /** Further types to follow with `type` (e.g. MEASURED_IN beside MEASURES). */
  alsoTypes?: RelationType[];
  direction: 'OUTGOING' | 'INCOMING' | null;
  first: number;
  /** Also the relationships of the entity's parts (PART_OF, transitively), each once. */
  includeParts?: boolean;
  other: EntitySelection;
}

export interface EntitySelection {
  relations: RelationSelection[];
}

export const PROPERTIES_ONLY: EntitySelection = { relations: [] };

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

/**
 * How far down PART_OF chains `includeParts` looks (variable-length bounds are literals in
 * Cypher). The curated graph's deepest chain has 2 steps.
 */
export const MAX_PART_DEPTH = 4;

/** `(root)<-[:PART_OF*0..4]-(part)`: the root itself and everything that is part of it. */
export const partsOf = (root: string, part: string) => `(${root})<-[:PART_OF*0..${MAX_PART_DEPTH}]-(${part}:Entity)`;

function relationPattern(from: string, rel: string, to: string, selection: RelationSelection): string {
  const types = selection.type ? [selection.type, ...(selection.alsoTypes ?? [])] : [];
  const type = types.length > 0 ? `:${types.join('|')}` : '';
  const arrow = (body: string) =>
    selection.direction === 'OUTGOING' ? `-${body}->` : selection.direction === 'INCOMING' ? `<-${body}-` : `-${body}-`;
  return `(${from})${arrow(`[${rel}${type}]`)}(${to}:Entity)`;
}

/**
 * `variable { .*, __relations: { r0: [...], r1: [...] } }` where each list is a COLLECT subquery,
 * ordered and limited inside Neo4j, with the other end projected the same way, recursively.
 */
export function entityProjection(variable: string, selection: EntitySelection, params: CypherParams, depth = 0): string {
  if (selection.relations.length === 0) return `${variable} { .* }`;
  // Nested subqueries see the outer variables, so every level gets its own names.
  const rel = `r${depth}`;
  const other = `o${depth}`;
  const direction = `d${depth}`;
  const part = `s${depth}`;
  const lists = selection.relations.map((relation, index) => {
    const limit = params.add(cypherInt(relation.first));
    const onlyLabel = relation.onlyLabel ? ` WHERE ${variable}:${relation.onlyLabel}` : '';
    const otherProjection = entityProjection(other, relation.other, params, depth + 1);
    if (relation.includeParts) {
      // A fact between two members of the tree is seen once, from the end it points to (a
      // part's PART_OF link as the parent lists it), so that nothing is listed twice.
      return `r${index}: COLLECT {
      MATCH ${partsOf(variable, part)}${onlyLabel}
      WITH DISTINCT ${part}
      MATCH ${relationPattern(part, rel, other, relation)}
      WITH ${part}, ${rel}, ${other}, CASE WHEN startNode(${rel}) = ${part} THEN 'OUTGOING' ELSE 'INCOMING' END AS ${direction}
      WHERE NOT (${direction} = 'OUTGOING' AND EXISTS { ${partsOf(variable, other)} })
      ORDER BY type(${rel}), ${direction}, ${other}.id, ${rel}.id
      LIMIT ${limit}
      RETURN { type: type(${rel}), direction: ${direction}, props: properties(${rel}), viaPart: CASE WHEN ${part} = ${variable} THEN null ELSE ${part}.id END, other: ${otherProjection} }
    }`;
    }
    return `r${index}: COLLECT {
      MATCH ${relationPattern(variable, rel, other, relation)}${onlyLabel}
      WITH ${rel}, ${other}, CASE WHEN startNode(${rel}) = ${variable} THEN 'OUTGOING' ELSE 'INCOMING' END AS ${direction}
      ORDER BY type(${rel}), ${direction}, ${other}.id, ${rel}.id
      LIMIT ${limit}
      RETURN { type: type(${rel}), direction: ${direction}, props: properties(${rel}), other: ${otherProjection} }
    }`;
  });
  return `${variable} { .*, __relations: { ${lists.join(', ')} } }`;
}
