import net from 'node:net';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import { createExecutor, type Executor } from '../../src/neo4j/executor';
import { applySchema } from '../../src/neo4j/schemaSetup';

/** The dataset under test: seed/, or another folder named by SEED_DIR. */
export const SEED_DIR = path.resolve(PROJECT_ROOT, process.env.SEED_DIR ?? 'seed');
export const quietLog: Logger = createLogger(process.env.LOG_LEVEL ?? 'silent');

/** Configuration pointing at the test database (never at the user's NEO4J_URI). */
export function testConfig(env: Record<string, string> = {}): Config {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: run the tests through jest (global set-up starts Neo4j)');
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    NEO4J_URI: uri,
    NEO4J_USERNAME: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    SEED_DIR,
    // Tests stop many services; the load-balancer grace period only slows them down.
    SHUTDOWN_GRACE_MS: '0',
    ...env,
  });
}

/** A driver on the test database with the schema applied. */
export async function openTestDatabase(): Promise<Executor> {
  // The test's own handle waits longer than the service's fail-fast 1.5 s: on a starved machine
  // a Bolt handshake alone can take that long, and this handle is not what a test examines.
  const target = { ...(testConfig().neo4j as Config['neo4j'] & { uri: string }), connectionTimeoutMs: 15_000 };
  const db = createExecutor(target, quietLog);
  await applySchema(db);
  return db;
}

/** Empties the graph (schema stays): each test file starts from a known state. */
export async function clearGraph(db: Executor): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
