import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ENTITY_KINDS, LEVELS } from '../model/vocabulary';
import { ARGUMENT_MAXIMA } from './arguments';
import { relationTable } from './relations';

/**
 * The cost of an operation: about how many records its statements fetch. Each object a field
 * returns costs 1 and scalars cost nothing (they come with their record); a list multiplies
 * everything below it by its length: the page size asked for (or the schema's default), capped
 * by the server's maximum, or for a list without a paging argument an assumed length below.
 * Fields selected through fragments count once per parent type and response key, as the
 * selection compiler fetches them; aliases of one field each count.
 */

/** Assumed length of each relationship field without a `first` argument (Person.awards, …). */
export const TYPED_RELATION_LENGTH = 20;

/**
 * How long a list of objects is, by schema coordinate, when no argument of its own says. The
 * assumed lengths are what the curated graph holds at most, with some margin: the statement
 * fetches whatever is there (up to 200 for a relationship field), so they estimate, not bound.
 */
export const LIST_LENGTHS: Record<string, ListLength> = {
  // A connection's edges: the `first` of the field that returned the connection.
  'AwardConnection.edges': { parentArgument: 'first' },
  'EntityConnection.edges': { parentArgument: 'first' },
  'FactConnection.edges': { parentArgument: 'first' },
  'ChangeConnection.edges': { parentArgument: 'first' },
  // The claims a new one competes with: one in the fixture, rarely more.
  'Change.previous': { assumed: 4 },
  'AwardBucket.awards': { parentArgument: 'awardsPerBucket' },
  'Graph.nodes': { parentArgument: 'maxNodes' },
  // Every fact among the nodes: never twice as many as nodes in the seed (at most 17 for 9).
  'Graph.edges': { parentArgument: 'maxNodes', times: 2 },
  'Path.nodes': { parentArgument: 'maxHops', plus: 1 },
  'Path.edges': { parentArgument: 'maxHops' },
  // One bucket per value of the dimension: RANK has the most (16 ranks); SECTION 10, YEAR a few.
  'Query.awardStatistics': { assumed: 16 },
  // Names and aliases are nearly unique; the most shared, 二等奖, names 9 awards.
  'Query.entitiesByName': { assumed: 10 },
  // Every award of a recipient: the college has 33, a person at most 4.
  'RecipientRanking.awards': { assumed: 40 },
  // One count per entity kind.
  'GraphSummary.entityCounts': { assumed: ENTITY_KINDS.length },
  // One report per semester.
  'GraphSummary.reports': { assumed: 10 },
  // An import's curated entries: built in memory from what the write compared, not fetched
  // again; a handful per semester's curation.
  'ImportSummary.kept': { assumed: 20 },
  'ImportSummary.overwritten': { assumed: 20 },
  // The fields of one entry that differ: at most every field of a kind (about 10).
  'CuratedEntryChange.differences': { assumed: 10 },
  'Query.reports': { assumed: 10 },
  // One summary per report; every kind, and every level and UNSPECIFIED, in each.
  'Query.reportSummaries': { assumed: 10 },
  'ReportSummary.entityCounts': { assumed: ENTITY_KINDS.length },
  'ReportSummary.awardsByLevel': { assumed: LEVELS.length + 1 },
  // The seed declares 14 series; a filter's keys list at most 100.
  'Query.metricSeries': { assumed: 30 },
  // One point per report.
  'MetricSeries.points': { assumed: 10 },
  // The preamble and 一 to 十 in the seed (11); a report may have more.
  'Report.sections': { assumed: 12 },
  // Numbered items of one section: at most 5 in the seed.
  'ReportSection.items': { assumed: 6 },
};

/** Quotes of one entity or fact: at most 4 in the seed (an entity named in several sections). */
export const SOURCES_LENGTH = 4;

/** For a list no rule covers (a unit test checks that every list of the schema has one). */
export const UNKNOWN_LIST_LENGTH = 100;

export type ListLength =
  | { assumed: number }
  /** An argument of the list field itself. */
  | { argument: string }
  /** An argument of the field that returned the list's parent object (a connection's `first`). */
  | { parentArgument: string; times?: number; plus?: number };

export interface Cost {
  /** The operation's cost; when `complete` is false, the part counted before the budget ran out. */
  total: number;
  complete: boolean;
}

export interface CostOptions {
  operationName?: string | null;
  /** Variables as the client sent them; coerced here, with the defaults they declare. */
  variables?: Record<string, unknown> | null;
  /**
   * Stop after counting this many fields: a document can repeat fragments so that counting
   * everything would itself be expensive. Each field counted adds at least 1, so the cost is then
   * over the budget too. Below it, the cost is exact however large.
   */
  budget?: number;
}

/** The field that returned the objects whose selection is being counted, with its arguments. */
interface Parent {
  typeName: string;
  field: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

class OverBudget extends Error {}

/**
 * The cost of the operation `operationName` of a validated document. Null when there is no such
 * operation or the variables do not fit their declarations: execution then refuses the request
 * before any resolver runs.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, options: CostOptions = {}): Cost | null {
  const operation = getOperationAST(document, options.operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {});
  if (coerced.errors) return null;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const counter = new Counter(schema, fragments, coerced.coerced, options.budget ?? Number.POSITIVE_INFINITY);
  try {
    counter.selection(root.name, [operation.selectionSet], 1, null);
  } catch (err) {
    if (err instanceof OverBudget) return { total: counter.total, complete: false };
    throw err;
  }
  return { total: counter.total, complete: true };
}

class Counter {
  total = 0;
  private fields = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly budget: number,
  ) {}

  /** Counts the fields selected on objects of `typeName`, each object weighing `multiplier`. */
  selection(typeName: string, selectionSets: readonly SelectionSetNode[], multiplier: number, parent: Parent | null): void {
    const groups = new Map<string, { typeName: string; nodes: Set<FieldNode> }>();
    for (const selectionSet of selectionSets) this.collect(typeName, selectionSet, groups);
    for (const { typeName: parentType, nodes } of groups.values()) {
      const [node] = nodes;
      const type = this.schema.getType(parentType);
      // Introspection and __typename read the schema in memory, never the database.
      if (!node || node.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[node.name.value];
      if (!field) continue;
      const returned = getNamedType(field.type);
      if (!isCompositeType(returned)) continue; // scalars and enums come with their record
      const args = this.argumentsOf(field, node);
      const length = isListType(getNullableType(field.type)) ? this.listLength(parentType, field, args, parent) : 1;
      const weight = multiplier * length;
      this.total += weight;
      if (++this.fields > this.budget) throw new OverBudget();
      const below = [...nodes].flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
      this.selection(returned.name, below, weight, { typeName: parentType, field, args });
    }
  }

  /** Groups fields by the type they were selected on and their response key, as execution does. */
  private collect(typeName: string, selectionSet: SelectionSetNode, groups: Map<string, { typeName: string; nodes: Set<FieldNode> }>) {
    for (const selection of selectionSet.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, this.variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, this.variables)?.if === false) continue;
      if (selection.kind === Kind.FIELD) {
        const key = `${typeName}.${selection.alias?.value ?? selection.name.value}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { typeName, nodes: new Set() }));
        group.nodes.add(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.collect(selection.typeCondition?.name.value ?? typeName, selection.selectionSet, groups);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (fragment) this.collect(fragment.typeCondition.name.value, fragment.selectionSet, groups);
      }
    }
  }

  private argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, this.variables);
    } catch {
      // An argument execution would refuse: the resolvers never run, so its size does not matter.
      return {};
    }
  }

  private listLength(
    typeName: string,
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    parent: Parent | null,
  ): number {
    const rule = lengthRule(typeName, field) ?? { assumed: UNKNOWN_LIST_LENGTH };
    if ('assumed' in rule) return rule.assumed;
    if ('argument' in rule) return this.page(typeName, field, args, rule.argument);
    if (!parent) return UNKNOWN_LIST_LENGTH;
    return this.page(parent.typeName, parent.field, parent.args, rule.parentArgument) * (rule.times ?? 1) + (rule.plus ?? 0);
  }

  /** The page an argument asks for: its value or the schema's default, within 1 and the maximum. */
  private page(typeName: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, argName: string): number {
    const arg = field.args.find((a) => a.name === argName);
    const maximum = argumentMaximum(this.schema, typeName, field.name, argName);
    const value = args[argName] ?? arg?.defaultValue;
    const asked = typeof value === 'number' ? value : (maximum ?? UNKNOWN_LIST_LENGTH);
    return Math.max(1, Math.min(asked, maximum ?? asked));
  }
}

/** How the length of the list `typeName.field` is found; undefined when no rule covers it. */
export function lengthRule(typeName: string, field: GraphQLField<unknown, unknown>): ListLength | undefined {
  // A page argument of its own: `relations(first:)`, `search(first:)`, `auditLog(first:)`, …
  if (field.args.some((arg) => arg.name === 'first')) return { argument: 'first' };
  const listed = LIST_LENGTHS[`${typeName}.${field.name}`];
  if (listed) return listed;
  if (getNamedType(field.type).name === 'Provenance') return { assumed: SOURCES_LENGTH };
  const relation = relationTable().get(typeName)?.fields.get(field.name);
  if (relation && !relation.generic) return { assumed: TYPED_RELATION_LENGTH };
  return undefined;
}

/** The server's maximum for an argument, declared on the field's type or one of its interfaces. */
export function argumentMaximum(schema: GraphQLSchema, typeName: string, fieldName: string, argName: string): number | undefined {
  const maxima: Record<string, number> = ARGUMENT_MAXIMA;
  const type = schema.getType(typeName);
  const owners = [typeName, ...(isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().map((i) => i.name) : [])];
  for (const owner of owners) {
    const maximum = maxima[`${owner}.${fieldName}(${argName}:)`];
    if (maximum !== undefined) return maximum;
  }
  return undefined;
}
