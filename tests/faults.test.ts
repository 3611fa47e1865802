import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET, loadConfig } from '../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j';
import { postGraphQL } from './support/app';
import { freePort, quietLog, SEED_DIR } from './support/testEnv';

/**
 * The database goes away under a running service and comes back: requests fail fast with 503,
 * readiness follows the database, and the service recovers by itself. This test runs its own
 * Neo4j so that stopping it does not disturb the others.
 */
const PASSWORD = 'fault-test-password';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-faults-'));
let port: number;
let neo4j: LocalNeo4j;
let app: RunningApp;

const startNeo4j = () => startLocalNeo4j({ ...loadConfig({}).neo4j.local, port, dataDir }, PASSWORD, quietLog);

beforeAll(async () => {
  port = await freePort();
  neo4j = await startNeo4j();
  app = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: PASSWORD, SEED_DIR }), quietLog);
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const origin = () => new URL(app.url).origin;
const countQuery = '{ graphSummary { entityTotal } }';

const note = async (text: string) => {
  const token = await mintToken(DEV_JWT_SECRET, 'curator', ['editor']);
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation { updateEntity(id: "org/college", input: { note: "${text}", reason: "durability" }) { note } }`,
    }),
  });
  return response.status;
};

it('fails fast with 503 while Neo4j is down, and recovers by itself when it returns', async () => {
  const before = await postGraphQL(app.url, countQuery);
  expect(before.status).toBe(200);
  const total = before.body.data!.graphSummary.entityTotal;
  expect(total).toBeGreaterThan(0);
  // Writes acknowledged before the outage must survive it.
  for (const n of [1, 2, 3]) expect(await note(`acknowledged ${n}`)).toBe(200);
  // Reads keep coming while the database goes away: each either succeeds or fails cleanly.
  const duringStop = Array.from({ length: 20 }, (_, i) =>
    new Promise((r) => setTimeout(r, i * 100)).then(() =>
      postGraphQL(app.url, countQuery).then(
        (res) => res.status,
        () => 0,
      ),
    ),
  );

  await neo4j.stop();
  expect((await Promise.all(duringStop)).every((status) => status === 200 || status === 503)).toBe(true);
  expect(await note('during the outage')).toBe(503);

  // Under concurrent load while down: every request fails fast with 503.
  const concurrent = await Promise.all(Array.from({ length: 20 }, () => postGraphQL(app.url, countQuery)));
  expect(concurrent.map((r) => r.status)).toEqual(Array(20).fill(503));

  const started = Date.now();
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: countQuery }),
  });
  const elapsed = Date.now() - started;
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('2');
  expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(body.errors[0]!.extensions.requestId).toBe(response.headers.get('x-request-id'));
  // Nothing about the database's address or the driver leaks to the client.
  expect(JSON.stringify(body)).not.toMatch(/bolt|127\.0\.0\.1|neo4j|ECONNREFUSED|stack/i);
  // Bounded by the driver settings (1.5 s connection timeout, 0.5 s retry), far below the driver's default 30 s.
  expect(elapsed).toBeLessThan(5_000);

  expect((await fetch(`${origin()}/healthz`)).status).toBe(200);
  expect((await fetch(`${origin()}/readyz`)).status).toBe(503);

  neo4j = await startNeo4j();
  let after = await postGraphQL(app.url, countQuery);
  for (let i = 0; i < 40 && after.status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 500));
    after = await postGraphQL(app.url, countQuery);
  }
  expect(after.status).toBe(200);
  expect(after.body.data!.graphSummary.entityTotal).toBe(total);
  expect((await fetch(`${origin()}/readyz`)).status).toBe(200);
  const kept = await postGraphQL(app.url, '{ entity(id: "org/college") { note } auditLog(target: "org/college") { after } }');
  expect(kept.body.data!.entity.note).toBe('acknowledged 3');
  expect(kept.body.data!.auditLog.map((e: { after: string }) => JSON.parse(e.after).note)).toEqual([
    'acknowledged 3',
    'acknowledged 2',
    'acknowledged 1',
  ]);
}, 120_000);
