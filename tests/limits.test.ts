import { createApolloServer } from '../src/graphql/apollo';
import { DEFAULT_LIMITS, type QueryLimits } from '../src/graphql/limits';
import type { Executor } from '../src/neo4j/executor';
import { seedGraph } from '../src/seed/seedGraph';
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

describe('headroom', () => {
  it.each(canonicalOperations())('$name passes even under limits five times tighter', async ({ text, variables }) => {
    const { result } = await runRecorded(strict, db, text, variables);
    expect(result.errors).toBeUndefined();
  });
});

const nest = (levels: number) => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `relations(first: 1) { other { ${inner} } }`;
  return `{ entity(id: "org/college") { ${inner} } }`;
};

describe('over-limit queries', () => {
  it.each([
    ['depth', nest(DEFAULT_LIMITS.maxDepth)],
    ['aliases', `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: graphSummary { entityTotal }`).join(' ')} }`],
    ['directives', `{ graphSummary { entityTotal ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)} } }`],
    ['tokens', `{ graphSummary { ${'entityTotal '.repeat(DEFAULT_LIMITS.maxTokens)} } }`],
    [
      'cost',
      `{ ${Array.from({ length: 15 }, (_, i) => `e${i}: entities(kind: AWARD, first: 100) { edges { node { id name nameEn aliases note sources { section item quote report } relations { id type other { id name nameEn } } } } }`).join(' ')} }`,
    ],
  ])('a query over the %s limit is refused and runs no Cypher', async (_limit, query) => {
    const { codes, data, status, recorded } = await runRecordedOrRefused(normal, db, query);
    expect(codes.length).toBeGreaterThan(0);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(codes[0]);
    expect(data).toBeUndefined();
    expect(status).toBe(400);
    expect(recorded).toEqual([]);
  });
});
