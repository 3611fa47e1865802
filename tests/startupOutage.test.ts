import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/localNeo4j';
import { postGraphQL } from './support/app';
import { captureLog } from './support/logCapture';
import { freePort, quietLog, SEED_DIR } from './support/testEnv';

/**
 * A database outage while the service starts delays it; it never ends the process. The service
 * listens first (liveness 200, readiness 503), then waits for Neo4j, applies the schema and seeds,
 * starting again wherever Neo4j went away. Each case runs its own Neo4j on an empty folder.
 */
const PASSWORD = 'outage-test-password';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}, 120_000);

async function setUp() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-outage-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  const startNeo4j = async () => {
    const neo4j = await startLocalNeo4j({ ...loadConfig({}).neo4j.local, port: boltPort, dataDir }, PASSWORD, quietLog);
    cleanups.push(() => neo4j.stop());
    return neo4j;
  };
  const captured = captureLog();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(httpPort),
    NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
    NEO4J_PASSWORD: PASSWORD,
    SEED_DIR,
    SHUTDOWN_GRACE_MS: '0',
  });
  const start = () => {
    const starting = startApp(config, captured.log);
    cleanups.push(() =>
      starting.then(
        (app) => app.stop(),
        () => undefined,
      ),
    );
    return starting;
  };
  return { startNeo4j, start, captured, origin: `http://127.0.0.1:${httpPort}` };
}

/** The seeded report answers through the API. */
async function expectSeeded(app: RunningApp): Promise<void> {
  const { status, body } = await postGraphQL(app.url, '{ graphSummary { entityTotal } }');
  expect(status).toBe(200);
  expect(body.data!.graphSummary.entityTotal).toBeGreaterThan(300);
}

it('waits for a database that is down when it starts, alive and not ready meanwhile', async () => {
  const { startNeo4j, start, captured, origin } = await setUp();
  const waiting = captured.next(/waiting for Neo4j/);
  const starting = start();
  await waiting;
  expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  expect((await fetch(`${origin}/readyz`)).status).toBe(503);
  await startNeo4j();
  const app = await starting;
  await expectSeeded(app);
  expect((await fetch(`${origin}/readyz`)).status).toBe(200);
}, 480_000);

it('starts again where it was when the database dies while it prepares the schema and seeds', async () => {
  const { startNeo4j, start, captured } = await setUp();
  const neo4j: LocalNeo4j = await startNeo4j();
  const listening = captured.next(/preparing the database/);
  const starting = start();
  await listening;
  // Killed outright; its supervisor relaunches it on the same folder and port.
  process.kill(neo4j.pid, 'SIGKILL');
  const app = await starting;
  await expectSeeded(app);
}, 480_000);

it('stays up when the database dies right after start-up, and serves again when it is back', async () => {
  const { startNeo4j, start, origin } = await setUp();
  const neo4j = await startNeo4j();
  const app = await start();
  process.kill(neo4j.pid, 'SIGKILL');
  // Every answer until Neo4j is back is a clean 503 (or 504 while the relaunched, cold JVM is too
  // slow for the deadline on a loaded machine); then the data is served again.
  for (;;) {
    const { status } = await postGraphQL(app.url, '{ graphSummary { entityTotal } }');
    if (status === 200) break;
    expect([503, 504]).toContain(status);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await expectSeeded(app);
  expect((await fetch(`${origin}/healthz`)).status).toBe(200);
}, 480_000);
