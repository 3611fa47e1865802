import {
  getNamedType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  validate,
} from 'graphql';
import { ARGUMENT_MAXIMA } from '../../src/graphql/arguments';
import { argumentMaximum, lengthRule, operationCost, SOURCES_LENGTH, TYPED_RELATION_LENGTH } from '../../src/graphql/cost';
import { DEFAULT_LIMITS } from '../../src/graphql/limits';
import { ENTITY_KINDS } from '../../src/model/vocabulary';
import { contract } from './compile';

/** The cost model: about how many records an operation's statements fetch (no database). */
function cost(query: string, variables: Record<string, unknown> = {}, budget?: number) {
  const document = parse(query);
  expect(validate(contract, document)).toEqual([]);
  const result = operationCost(contract, document, { variables, ...(budget ? { budget } : {}) });
  if (!result) throw new Error('no cost');
  return result;
}
const total = (query: string, variables: Record<string, unknown> = {}) => cost(query, variables).total;

describe('the cost of an operation', () => {
  it('counts 1 per object and nothing for scalars, enums, lists of scalars and __typename', () => {
    expect(total('{ graphSummary { entityTotal relationshipTotal } }')).toBe(1);
    expect(total('{ entity(id: "x") { __typename id name nameEn aliases kind note } }')).toBe(1);
    expect(total('{ entity(id: "x") { id ... on Award { wonAt { id } } } }')).toBe(2);
  });

  it('multiplies what a list selects by its page size', () => {
    // entity 1 + 3 relations × (the relation 1 + its other end 1)
    expect(total('{ entity(id: "x") { relations(first: 3) { type other { id } } } }')).toBe(1 + 3 * 2);
    expect(total('{ search(query: "x", first: 7) { score entity { id } } }')).toBe(7 * 2);
  });

  it("takes the schema's default page size when the argument is omitted or null", () => {
    expect(total('{ entity(id: "x") { relations { type } } }')).toBe(1 + 50);
    expect(total('{ entity(id: "x") { relations(first: null) { type } } }')).toBe(1 + 50);
    expect(total('{ search(query: "x") { score } }')).toBe(20);
    expect(total('{ auditLog { id } }')).toBe(50);
  });

  it("caps a page at the server's maximum for the argument (bigger ones are refused anyway)", () => {
    expect(total('{ entity(id: "x") { relations(first: 100000) { type } } }')).toBe(1 + 200);
    expect(total('{ entities(kind: PERSON, first: 5000) { edges { cursor } } }')).toBe(1 + 100);
    expect(total('{ search(query: "x", first: 999) { score } }')).toBe(50);
  });

  it('multiplies page sizes down the tree', () => {
    // entity 1 + 10 × (relation 1 + other 1 + 5 × (relation 1 + other 1))
    expect(total('{ entity(id: "x") { relations(first: 10) { other { relations(first: 5) { other { id } } } } } }')).toBe(
      1 + 10 * (2 + 5 * 2),
    );
  });

  it("gives README's example its stated cost", () => {
    expect(total('{ entity(id: "x") { relations(first: 50) { other { sources { quote } relations(first: 10) { type } } } } }')).toBe(801);
  });

  it("sizes a connection's edges by the connection field's first", () => {
    // awards 1 + pageInfo 1 + 7 × (edge 1 + node 1)
    expect(total('{ awards(first: 7) { totalCount pageInfo { hasNextPage } edges { cursor node { id } } } }')).toBe(2 + 7 * 2);
    expect(total('{ awards { edges { node { id } } } }')).toBe(1 + 20 * 2);
    expect(total('{ entities(kind: AWARD, first: 3) { edges { node { id } } } }')).toBe(1 + 3 * 2);
  });

  it("sizes a page of facts by facts' first, each with both ends", () => {
    // facts 1 + pageInfo 1 + 10 × (edge 1 + fact 1 + from 1 + to 1 + 4 sources)
    expect(
      total('{ facts(first: 10) { totalCount pageInfo { hasNextPage } edges { node { id from { id } to { id } sources { quote } } } } }'),
    ).toBe(2 + 10 * (4 + SOURCES_LENGTH));
    expect(total('{ facts { edges { node { id } } } }')).toBe(1 + 20 * 2);
    expect(total('{ facts(first: 5000) { edges { cursor } } }')).toBe(1 + 100);
    // facts 1 + 3 × (edge 1 + fact 1 + to 1 + 20 recipients)
    expect(total('{ facts(first: 3) { edges { node { to { ... on Award { recipients { id } } } } } } }')).toBe(
      1 + 3 * (3 + TYPED_RELATION_LENGTH),
    );
  });

  it("sizes a report's sections and their items by what a report holds", () => {
    // report 1 + 12 sections × (section 1 + 6 items)
    expect(total('{ report(id: "x") { title sections { heading text items { number text } } } }')).toBe(1 + 12 * (1 + 6));
    expect(total('{ report(id: "x") { section(number: 3) { text items { text } } } }')).toBe(1 + 1 + 6);
    expect(total('{ reports { id sections { heading } } }')).toBe(10 * (1 + 12));
  });

  it("sizes graphs and paths by neighbourhood's maxNodes and connections' maxHops", () => {
    expect(total('{ neighbourhood(id: "x", maxNodes: 10) { nodes { id } edges { id } } }')).toBe(1 + 10 + 2 * 10);
    expect(total('{ neighbourhood(id: "x") { nodes { id } } }')).toBe(1 + 100);
    // 5 paths (the default) × (path 1 + 3 nodes + 2 edges)
    expect(total('{ connections(from: "a", to: "b", maxHops: 2) { length nodes { id } edges { id } } }')).toBe(5 * (1 + 3 + 2));
  });

  it('sizes the awards of a statistics bucket by awardsPerBucket', () => {
    // 16 buckets × (bucket 1 + 3 awards)
    expect(total('{ awardStatistics(groupBy: RANK, awardsPerBucket: 3) { key awards { id } } }')).toBe(16 * (1 + 3));
    expect(total('{ awardStatistics(groupBy: RANK) { key count } }')).toBe(16);
  });

  it('assumes a length for lists without a paging argument', () => {
    expect(total('{ entity(id: "x") { sources { quote context { sentence } } } }')).toBe(1 + SOURCES_LENGTH * 2);
    expect(total('{ entity(id: "x") { ... on Person { awards { id } } } }')).toBe(1 + TYPED_RELATION_LENGTH);
    expect(total('{ entitiesByName(name: "x") { id } }')).toBe(10);
    expect(total('{ graphSummary { entityCounts { kind } reports { id } } }')).toBe(1 + ENTITY_KINDS.length + 10);
  });

  it('honours variables, their declared defaults, and the schema default when one is missing', () => {
    const query = 'query ($n: Int) { entity(id: "x") { relations(first: $n) { type } } }';
    expect(total(query, { n: 3 })).toBe(1 + 3);
    expect(total(query)).toBe(1 + 50);
    expect(total(query, { n: 5000 })).toBe(1 + 200);
    expect(total('query ($n: Int = 4) { entity(id: "x") { relations(first: $n) { type } } }')).toBe(1 + 4);
    expect(
      total('query ($k: EntityKind!, $n: Int) { entities(kind: $k, first: $n) { edges { node { id } } } }', { k: 'AWARD', n: 9 }),
    ).toBe(1 + 9 * 2);
  });

  it('leaves out what @skip and @include leave out, with variables', () => {
    const query = 'query ($big: Boolean!) { entity(id: "x") { id relations(first: 100) @include(if: $big) { type } } }';
    expect(total(query, { big: false })).toBe(1);
    expect(total(query, { big: true })).toBe(101);
  });

  it('follows fragments and inline fragments', () => {
    const query = `
      query { entity(id: "x") { ...Facts ... on Person { awards { id } } } }
      fragment Facts on Entity { relations(first: 2) { other { ...Names } } }
      fragment Names on Entity { id ... on Award { wonAt { id } } }`;
    // entity 1 + 2 × (relation 1 + other 1 + wonAt 1) + 20 awards
    expect(total(query)).toBe(1 + 2 * 3 + TYPED_RELATION_LENGTH);
  });

  it('counts a field selected twice under one response key once, as it is fetched once', () => {
    const query = `
      query { entity(id: "x") { relations(first: 2) { type } ...Facts } }
      fragment Facts on Entity { relations(first: 2) { other { id } } }`;
    expect(total(query)).toBe(1 + 2 * 2);
  });

  it('counts each alias of a field', () => {
    expect(total('{ a: entity(id: "x") { id } b: entity(id: "y") { id } }')).toBe(2);
    expect(total('{ entity(id: "x") { a: relations(first: 10) { type } b: relations(first: 10) { type } } }')).toBe(1 + 20);
  });

  it('counts introspection as nothing: it reads the schema in memory', () => {
    expect(total('{ __schema { types { name fields { name args { name } } } } }')).toBe(0);
  });

  it('counts mutations like queries', () => {
    expect(total('mutation { updateEntity(id: "x", input: { reason: "r" }) { id relations(first: 10) { type } } }')).toBe(1 + 10);
  });

  it('counts exactly however large, but stops after as many fields as the budget', () => {
    const query = '{ entities(kind: PERSON, first: 100) { edges { node { relations(first: 200) { other { id } } } } } }';
    expect(cost(query, {}, 1000)).toEqual({ total: 1 + 100 * (2 + 200 * 2), complete: true });
    const repeated = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: graphSummary { reports { id } }`).join(' ')} }`;
    expect(cost(repeated, {}, 30)).toEqual({ total: 15 * 11 + 1, complete: false });
  });

  it('has no cost for variables that do not fit their declarations (execution refuses them)', () => {
    const document = parse('query ($n: Int!) { entity(id: "x") { relations(first: $n) { type } } }');
    expect(operationCost(contract, document, { variables: { n: 'many' } })).toBeNull();
    expect(operationCost(contract, document, { variables: {} })).toBeNull();
  });

  it('picks the named operation of a document', () => {
    const document = parse('query Small { graphSummary { entityTotal } } query Big { search(query: "x", first: 50) { score } }');
    expect(operationCost(contract, document, { operationName: 'Small' })?.total).toBe(1);
    expect(operationCost(contract, document, { operationName: 'Big' })?.total).toBe(50);
    expect(operationCost(contract, document, { operationName: 'Other' })).toBeNull();
  });
});

describe('ordinary reads and abusive ones under the default limit', () => {
  const ordinary = {
    // An entity with its facts and theirs, with sources: what the issue found refused at 63,000.
    'relations of relations with sources': `{ entity(id: "x") { relations { type sources { quote } other { id name relations { type sources { section item quote } other { id name } } } } } }`,
    'a page of entities with their facts': `{ entities(kind: PERSON, first: 20) { edges { node { id relations(first: 200) { type sources { quote } other { id name } } } } } }`,
  };
  it.each(Object.entries(ordinary))('%s costs at most a fifth of the limit', (_name, query) => {
    expect(total(query)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 5);
  });

  const abusive = {
    'relations three deep, each of 200': `{ entities(kind: PERSON, first: 100) { edges { node { relations(first: 200) { other { relations(first: 200) { other { relations(first: 200) { type } } } } } } } } }`,
    'ten aliases of the biggest entity page with 200 facts each': `{ ${Array.from({ length: 10 }, (_, i) => `e${i}: entities(kind: AWARD, first: 100) { edges { node { relations(first: 200) { other { id } } } } }`).join(' ')} }`,
  };
  it.each(Object.entries(abusive))('%s costs more than the limit', (_name, query) => {
    expect(total(query)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe('the tables behind the cost', () => {
  const types = Object.values(contract.getTypeMap()).filter(
    (type): type is GraphQLObjectType | GraphQLInterfaceType =>
      (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'),
  );

  it('every list of objects in the schema has a length rule', () => {
    const uncovered = types.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)))
        .filter((field) => lengthRule(type.name, field) === undefined)
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(uncovered).toEqual([]);
  });

  it('every page argument named first has a maximum, and every maximum is at least its default', () => {
    const missing = types.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.args.some((arg) => arg.name === 'first'))
        .filter((field) => argumentMaximum(contract, type.name, field.name, 'first') === undefined)
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(missing).toEqual([]);
    for (const [coordinate, maximum] of Object.entries(ARGUMENT_MAXIMA)) {
      const [, typeName, fieldName, argName] = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate) ?? [];
      const type = contract.getType(typeName ?? '');
      if (!(isObjectType(type) || isInterfaceType(type))) throw new Error(`${coordinate}: no such type`);
      const arg = type.getFields()[fieldName ?? '']?.args.find((a) => a.name === argName);
      expect({ coordinate, defaultAtMostMaximum: typeof arg?.defaultValue === 'number' && arg.defaultValue <= maximum }).toEqual({
        coordinate,
        defaultAtMostMaximum: true,
      });
    }
  });
});
