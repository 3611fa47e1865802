import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import { LABEL_OF_KIND } from '../src/model/vocabulary';
import type { Executor } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { contract, operationFor } from './support/schemaSamples';
import { clearGraph, openTestDatabase, quietLog, testConfig } from './support/testEnv';

/**
 * Hostile text in every string and id argument of every query and mutation (read from the
 * contract, so new fields are covered): never a server error, never a change to the graph.
 */
const HOSTILE = [
  "'",
  '"',
  '`',
  '\u0060n\u0060',
  '$(rm -rf /)',
  '" UNION MATCH (n) DETACH DELETE n //',
  "') DETACH DELETE n //",
  '}) DETACH DELETE n RETURN 1 //',
  '\\',
  '*:*',
  'name:杨珍华~2^9',
  '${process.exit()}',
  'person/yang-zhenhua" OR 1=1',
];

let app: RunningApp;
let db: Executor;
let editor: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  app = await startApp(testConfig({ MUTATIONS_PER_MINUTE: '100000' }), quietLog);
  editor = await mintToken(DEV_JWT_SECRET, 'fuzzer', ['editor']);
});
afterAll(async () => {
  await app.stop();
  await db.close();
});

async function post(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

it.each([
  ['query', () => contract.getQueryType()!, undefined],
  ['mutation', () => contract.getMutationType()!, 'editor'],
] as const)(
  'every %s field takes hostile text as data',
  async (kind, type, asEditor) => {
    const before = await fingerprintGraph(db);
    const failures: string[] = [];
    for (const field of Object.values(type().getFields())) {
      for (const text of HOSTILE) {
        const { query, variables } = operationFor(kind, field, text);
        const { status, codes } = await post(query, variables, asEditor ? editor : undefined);
        if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR'))
          failures.push(`${field.name} with ${JSON.stringify(text)}: ${status} ${codes.join()}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await fingerprintGraph(db)).toEqual(before);
    const labels = await db.read('MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels');
    // AuditEntry: the start-up seeding's own entry; GraphState: what start-up records about the graph.
    expect((labels.records[0]!.get('labels') as string[]).sort()).toEqual(
      ['AuditEntry', 'Entity', 'GraphState', 'Report', 'Series', ...Object.values(LABEL_OF_KIND)].sort(),
    );
  },
  120_000,
);
