import fs from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { PROJECT_ROOT } from '../src/config';
import { createApolloServer } from '../src/graphql/apollo';
import { DEFAULT_LIMITS, type QueryLimits } from '../src/graphql/limits';
import type { Executor } from '../src/neo4j/executor';
import { seedGraph } from '../src/seed/seedGraph';
import { startTestApp, type TestApp } from './support/app';
import { captureLog } from './support/logCapture';
import { canonicalOperations, runRecorded, runRecordedOrRefused } from './support/recording';
import { clearGraph, openTestDatabase, quietLog, SEED_DIR } from './support/testEnv';

/** Limits on depth, aliases, tokens, directives and cost: refused before any Cypher runs. */
let db: Executor;
const fifth = Object.fromEntries(Object.entries(DEFAULT_LIMITS).map(([k, v]) => [k, Math.floor(v / 5)])) as unknown as QueryLimits;
const strict = createApolloServer({ production: false, log: quietLog, limits: fifth });
const normal = createApolloServer({ production: false, log: quietLog });

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await seedGraph(db, SEED_DIR);
  await Promise.all([strict.start(), normal.start()]);
});
afterAll(async () => {
  await Promise.all([strict.stop(), normal.stop()]);
  await db.close();
});

interface Operation {
  name: string;
  text: string;
  variables: Record<string, unknown>;
}

/** What the explorer sends with each of its operations (web/src), on the biggest entities. */
const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  ExplorerSearch: { query: '杨', first: 50 }, // the results page
  ExplorerDashboard: {},
  ExplorerSummary: {},
  ExplorerAwards: { first: 100, filter: { levelAtLeast: 'PROVINCIAL' } }, // the CSV download's pages
  ExplorerAwardOptions: {},
  ExplorerEntity: { id: 'org/college' }, // the entity with the most facts
  ExplorerNeighbourhood: { id: 'org/college', hops: 1, maxNodes: 80 },
  ExplorerConnections: { from: 'person/yang-zhenhua', to: 'person/chen-ying', maxHops: 4 },
  ExplorerEntityName: { id: 'person/yang-zhenhua' },
  ExplorerSeries: {},
};

/**
 * The explorer's mutations change the graph and need an editor's token; the import's size is
 * the body limit's business, and tests/browser/review.test.ts runs it.
 */
const EXPLORER_MUTATIONS = new Set(['ExplorerImportDataset']);

/** The explorer's own operations: every document of its trusted-documents manifest. */
function explorerOperations(): Operation[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'web/src/gql/persisted-documents.json'), 'utf8')) as Record<
    string,
    string
  >;
  return Object.values(manifest).flatMap((text) => {
    const name = getOperationAST(parse(text))?.name?.value ?? '(anonymous)';
    if (EXPLORER_MUTATIONS.has(name)) return [];
    const variables = EXPLORER_VARIABLES[name];
    if (!variables) throw new Error(`add the variables the explorer sends with ${name} to EXPLORER_VARIABLES`);
    return [{ name, text, variables }];
  });
}

/** Nested reads a front end makes every day, written by hand. */
const FRONT_END_READS: Operation[] = [
  {
    name: 'an entity, 50 facts, their other ends with sources and 10 facts each',
    text: `query ($id: ID!) { entity(id: $id) { id name relations(first: 50) { type direction sources { section item quote }
      other { id kind name nameEn sources { section item quote } relations(first: 10) { type other { id name } } } } } }`,
    variables: { id: 'org/college' },
  },
  {
    name: "an entity with its facts and their facts' sources (default pages)",
    text: `query ($id: ID!) { entity(id: $id) { id name relations { type sources { quote context { sentence start end } }
      other { id name relations { type sources { section item quote } other { id name } } } } } }`,
    variables: { id: 'person/yang-zhenhua' },
  },
  {
    name: 'a page of 20 people with up to 200 facts each',
    text: `{ entities(kind: PERSON, first: 20) { totalCount edges { node { id name relations(first: 200) { type sources { quote } other { id name } } } } } }`,
    variables: {},
  },
  {
    name: "a person's awards with teammates, coaches and competitions",
    text: `{ entitiesByName(name: "杨珍华") { id ... on Person { awards { name rank sources { quote }
      recipients { id name } coaches { id name } wonAt { id name ... on Competition { level date } } } } } }`,
    variables: {},
  },
];

describe('headroom', () => {
  it.each<Operation>([...canonicalOperations(), ...explorerOperations(), ...FRONT_END_READS])(
    '$name passes even under limits five times tighter',
    async ({ text, variables }) => {
      const { result } = await runRecorded(strict, db, text, variables);
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    },
  );
});

const nest = (levels: number) => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relations(first: 1) { other { ${inner} } }`;
  return `{ entity(id: "org/college") { ${inner} } }`;
};

/** Facts three deep, 200 at each level, below a page of 100 entities. */
const DEEP_PAGES = `{ entities(kind: PERSON, first: 100) { edges { node { relations(first: 200) { other { relations(first: 200) {
  other { relations(first: 200) { type other { id } } } } } } } } } }`;
const MANY_BIG_PAGES = `{ ${Array.from(
  { length: 10 },
  (_, i) => `e${i}: entities(kind: AWARD, first: 100) { edges { node { id relations(first: 200) { type other { id name } } } } }`,
).join(' ')} }`;
/** Cheap or abusive depending on $n. */
const SIZED_BY_VARIABLE = `query ($n: Int) { entities(kind: PERSON, first: $n) { edges { node {
  relations(first: 200) { other { relations(first: 200) { type } } } } } } }`;

/** The start of a cost refusal's message under the limit `maxCost`. */
const refusal = (maxCost: number) =>
  new RegExp(`^Query refused: its cost is [\\d,]+, over the limit of ${maxCost.toLocaleString('en-US')}\\.`);

describe('over-limit queries', () => {
  it.each([
    ['depth', nest(DEFAULT_LIMITS.maxDepth)],
    ['aliases', `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: graphSummary { entityTotal }`).join(' ')} }`],
    ['directives', `{ graphSummary { entityTotal ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)} } }`],
    ['tokens', `{ graphSummary { ${'entityTotal '.repeat(DEFAULT_LIMITS.maxTokens)} } }`],
    ['cost (facts three deep)', DEEP_PAGES],
    ['cost (many aliases of big pages)', MANY_BIG_PAGES],
  ])('a query over the %s limit is refused and runs no Cypher', async (_limit, query) => {
    const { codes, data, status, recorded } = await runRecordedOrRefused(normal, db, query);
    expect(codes.length).toBeGreaterThan(0);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(codes[0]);
    expect(data).toBeUndefined();
    expect(status).toBe(400);
    expect(recorded).toEqual([]);
  });

  it('a refusal for cost names the cost and the configured limit', async () => {
    // The tighter limits refuse the aliases of MANY_BIG_PAGES before its cost is counted.
    for (const [server, query, variables, maxCost] of [
      [normal, MANY_BIG_PAGES, {}, DEFAULT_LIMITS.maxCost],
      [strict, SIZED_BY_VARIABLE, { n: 2 }, fifth.maxCost],
    ] as const) {
      const { errors, status, recorded } = await runRecordedOrRefused(server, db, query, variables);
      expect({ status, recorded }).toEqual({ status: 400, recorded: [] });
      const [error] = errors ?? [];
      expect(error?.message).toMatch(refusal(maxCost));
      expect(error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', cost: expect.any(Number), maxCost });
      expect(error?.extensions?.cost as number).toBeGreaterThan(maxCost);
    }
  });

  it('counts the page sizes that variables give', async () => {
    const small = await runRecordedOrRefused(normal, db, SIZED_BY_VARIABLE, { n: 2 });
    expect(small.errors).toBeUndefined();
    expect(small.recorded.length).toBe(1);
    const big = await runRecordedOrRefused(normal, db, SIZED_BY_VARIABLE, { n: 50 });
    expect({ status: big.status, codes: big.codes, recorded: big.recorded }).toEqual({
      status: 400,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
      recorded: [],
    });
    // The same document, refused under a tighter limit with a size it passes under the normal one.
    const tighter = await runRecordedOrRefused(strict, db, SIZED_BY_VARIABLE, { n: 2 });
    expect({ status: tighter.status, recorded: tighter.recorded }).toEqual({ status: 400, recorded: [] });
  });
});

describe('the running service', () => {
  let app: TestApp;
  const captured = captureLog('debug');
  /** The statements the service ran for one request, from its debug log. */
  const statementsOf = (requestId: string) =>
    captured.lines
      .map((line) => JSON.parse(line) as { msg: string; requestId?: string })
      .filter((l) => l.msg === 'cypher' && l.requestId === requestId);

  async function post(requestId: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
    };
  }

  beforeAll(async () => {
    app = await startTestApp({}, { keepGraph: true, log: captured.log });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(FRONT_END_READS)('answers $name with 200 and data', async ({ name, text, variables }) => {
    const requestId = `read-${FRONT_END_READS.findIndex((r) => r.name === name)}`;
    const { status, body } = await post(requestId, text, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toBeTruthy();
    expect(statementsOf(requestId).length).toBeGreaterThan(0);
  });

  it.each([
    ['facts three deep', DEEP_PAGES, {}],
    ['many aliases of big pages', MANY_BIG_PAGES, {}],
    ['a big page given by a variable', SIZED_BY_VARIABLE, { n: 50 }],
  ])('refuses %s with 400, the cost named, and no statement run', async (name, query, variables) => {
    const requestId = `abusive-${name.replace(/\W+/g, '-')}`;
    const { status, body } = await post(requestId, query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    const [error] = body.errors ?? [];
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toMatch(refusal(DEFAULT_LIMITS.maxCost));
    expect(error?.message).not.toMatch(/Syntax Error/);
    expect(error?.extensions?.maxCost).toBe(DEFAULT_LIMITS.maxCost);
    expect(statementsOf(requestId)).toEqual([]);
  });
});
