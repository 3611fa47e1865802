import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localNeo4j';

/** Password of the throw-away test database. */
export const TEST_PASSWORD = 'test-password-123';

declare global {
  var __TEST_NEO4J__: { local: LocalNeo4j; dataDir: string } | undefined;
}

/**
 * Starts a fresh bundled Neo4j in a temporary folder for the whole run, unless NEO4J_TEST_URI
 * names a server to use instead. Tests wipe that database, so NEO4J_URI is never used for them.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const config = loadConfig({});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const port = Number(process.env.NEO4J_TEST_PORT ?? 7690);
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const local = await startLocalNeo4j({ ...config.neo4j.local, port, dataDir }, TEST_PASSWORD, log);
  globalThis.__TEST_NEO4J__ = { local, dataDir };
  process.env.NEO4J_TEST_URI = local.uri;
  process.env.NEO4J_TEST_PASSWORD = TEST_PASSWORD;
}
