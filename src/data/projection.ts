import neo4j from 'neo4j-driver';
import type { RelationType } from '../model/vocabulary';
import type { AsOf } from './model';
import { partnershipConditions, type PartnershipFilter } from './partnershipCategory';

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
  /** The relationship's properties to fetch (see codec.factPropertiesFor), or null for all. */
  factProperties: readonly string[] | null;
  /** Also the relationships of the entity's parts (PART_OF, transitively), each once. */
  includeParts?: boolean;
  /** Only these PARTNERED_WITH facts (a partnership list: not media coverage or platforms). */
  partnership?: PartnershipFilter;
  other: EntitySelection;
}

export interface EntitySelection {
  /** The node's properties to fetch (see codec.entityPropertiesFor), or null for all. */
  properties: readonly string[] | null;
  relations: RelationSelection[];
  /**
   * On a root selection: answer as of this moment, seeing only facts and entities stated by a
   * report known then (model/claims.ts). Every nested list follows it.
   */
  asOf?: AsOf | null;
}

/**
 * `any(…)`: the node or relationship in `variable` is stated by one of the reports in the list
 * parameter `known` (what was known as of a moment). Its own variable has a name no projection
 * uses, as the condition may stand inside `[x IN nodes | x {…}]`, where `x` is taken.
 */
export const statedByKnown = (variable: string, known: string) => `any(knownReport IN ${variable}.srcReport WHERE knownReport IN ${known})`;

/** The root variable's visibility as of the selection's `asOf`, or `true` without one. */
export function visibleAsOf(variable: string, selection: EntitySelection | undefined, params: CypherParams): string {
  return selection?.asOf ? statedByKnown(variable, params.add(selection.asOf.known)) : 'true';
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

/**
 * How far down PART_OF chains `includeParts` looks (variable-length bounds are literals in
 * Cypher). The curated graph's deepest chain has 2 steps.
 */
export const MAX_PART_DEPTH = 4;

/** `(root)<-[:PART_OF*0..4]-(part)`: the root itself and everything that is part of it. */
export const partsOf = (root: string, part: string) => `(${root})<-[:PART_OF*0..${MAX_PART_DEPTH}]-(${part}:Entity)`;

/**
 * `MATCH <pattern> WHERE <conditions>` for the parts of `root`: as `partsOf`, and as of a moment
 * (the list parameter `known`) only parts reached through PART_OF links and parts that a known
 * report states, each link of the chain included. Without `known` the pattern is `partsOf`'s.
 */
export function knownPartsOf(root: string, part: string, known: string | undefined): { pattern: string; conditions: string[] } {
  if (!known) return { pattern: partsOf(root, part), conditions: [] };
  const chain = `${part}Chain`;
  return {
    pattern: `${chain} = ${partsOf(root, part)}`,
    conditions: [
      `all(link IN nodes(${chain}) WHERE ${statedByKnown('link', known)})`,
      `all(link IN relationships(${chain}) WHERE ${statedByKnown('link', known)})`,
    ],
  };
}

/**
 * The claims competing with `rel` (model/claims.ts): facts of its type between the same two
 * entities that contradict it or that it contradicts. Fetched only when the selection reads
 * `contradicts` (a claim's rank does), as a pattern between two bound nodes.
 */
export function competingClaims(rel: string, a: string, b: string): string {
  const c = `${rel}c`;
  return `[(${a})-[${c}]-(${b}) WHERE ${c} <> ${rel} AND type(${c}) = type(${rel}) AND (${c}.contradicts = ${rel}.id OR ${rel}.contradicts = ${c}.id) | { id: ${c}.id, srcReport: ${c}.srcReport, rank: ${c}.rank }]`;
}

const wantsClaims = (relation: RelationSelection) => relation.factProperties === null || relation.factProperties.includes('contradicts');

function relationPattern(from: string, rel: string, to: string, selection: RelationSelection): string {
  const types = selection.type ? [selection.type, ...(selection.alsoTypes ?? [])] : [];
  const type = types.length > 0 ? `:${types.join('|')}` : '';
  const arrow = (body: string) =>
    selection.direction === 'OUTGOING' ? `-${body}->` : selection.direction === 'INCOMING' ? `<-${body}-` : `-${body}-`;
  return `(${from})${arrow(`[${rel}${type}]`)}(${to}:Entity)`;
}

/**
 * `variable { .id, .name, __relations: { r0: [...], r1: [...] } }` where each list is a COLLECT subquery,
 * ordered and limited inside Neo4j, with the other end projected the same way, recursively.
 */
export function entityProjection(
  variable: string,
  selection: EntitySelection,
  params: CypherParams,
  depth = 0,
  knownParam?: string,
): string {
  const properties = propertyList(selection.properties);
  if (selection.relations.length === 0) return `${variable} { ${properties} }`;
  // As of a moment, a list holds only the facts, and the other ends, that a known report states.
  const known = knownParam ?? (selection.asOf ? params.add(selection.asOf.known) : undefined);
  // Nested subqueries see the outer variables, so every level gets its own names.
  const rel = `r${depth}`;
  const other = `o${depth}`;
  const direction = `d${depth}`;
  const part = `s${depth}`;
  const lists = selection.relations.map((relation, index) => {
    const limit = params.add(cypherInt(relation.first));
    const label = relation.onlyLabel ? [`${variable}:${relation.onlyLabel}`] : [];
    const kept = known ? [statedByKnown(rel, known), statedByKnown(other, known)] : [];
    const from = relation.includeParts ? part : variable;
    if (relation.partnership) kept.push(...partnershipConditions(rel, from, other, relation.partnership, params));
    const where = (conditions: string[]) => (conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '');
    const onlyLabel = where([...label, ...kept]);
    const otherProjection = entityProjection(other, relation.other, params, depth + 1, known);
    if (relation.includeParts) {
      // A fact between two members of the tree is seen once, from the end it points to (a
      // part's PART_OF link as the parent lists it), so that nothing is listed twice. As of a
      // moment the tree is the one known then.
      const parts = knownPartsOf(variable, part, known);
      const otherInTree = knownPartsOf(variable, other, known);
      const inTree = known ? `MATCH ${otherInTree.pattern}${where(otherInTree.conditions)}` : otherInTree.pattern;
      return `r${index}: COLLECT {
      MATCH ${parts.pattern}${where([...label, ...parts.conditions])}
      WITH DISTINCT ${part}
      MATCH ${relationPattern(part, rel, other, relation)}${where(kept)}
      WITH ${part}, ${rel}, ${other}, CASE WHEN startNode(${rel}) = ${part} THEN 'OUTGOING' ELSE 'INCOMING' END AS ${direction}
      WHERE NOT (${direction} = 'OUTGOING' AND EXISTS { ${inTree} })
      ORDER BY type(${rel}), ${direction}, ${other}.id, ${rel}.id
      LIMIT ${limit}
      RETURN { type: type(${rel}), direction: ${direction}, props: ${rel} { ${propertyList(relation.factProperties)} }, viaPart: CASE WHEN ${part} = ${variable} THEN null ELSE ${part}.id END, other: ${otherProjection}${wantsClaims(relation) ? `, competing: ${competingClaims(rel, part, other)}` : ''} }
    }`;
    }
    return `r${index}: COLLECT {
      MATCH ${relationPattern(variable, rel, other, relation)}${onlyLabel}
      WITH ${rel}, ${other}, CASE WHEN startNode(${rel}) = ${variable} THEN 'OUTGOING' ELSE 'INCOMING' END AS ${direction}
      ORDER BY type(${rel}), ${direction}, ${other}.id, ${rel}.id
      LIMIT ${limit}
      RETURN { type: type(${rel}), direction: ${direction}, props: ${rel} { ${propertyList(relation.factProperties)} }, other: ${otherProjection}${wantsClaims(relation) ? `, competing: ${competingClaims(rel, variable, other)}` : ''} }
    }`;
  });
  return `${variable} { ${properties}, __relations: { ${lists.join(', ')} } }`;
}
