import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createExecutor, waitForDatabase, type Executor } from '../../src/neo4j/executor';
import { startLocalNeo4j } from '../../src/neo4j/localNeo4j';
import { removeFolder, tempFolder, trackJvm, untrackJvm } from '../faults/cleanup';
import { progress } from '../faults/report';

/** A bundled Neo4j on a fresh data folder, for one phase of the run. */
export interface BenchDatabase {
  uri: string;
  username: string;
  password: string;
  db: Executor;
  pid: number;
  stop(): Promise<void>;
}

const PASSWORD = 'bench-scale-password';
const silent = createLogger('silent');

export interface DatabaseSettings {
  port: number;
  heapMb: number;
  pageCacheMb: number;
}

/**
 * Starts the bundled Neo4j (as `npm start` does, through the same launcher) in a new temporary
 * folder with the heap and page cache given, and connects the bench's executor to it. Bulk work
 * gets an hour: a shard of a million-node graph is more than the default two minutes of work on
 * a busy 2-core machine.
 */
export async function startDatabase(settings: DatabaseSettings, label: string): Promise<BenchDatabase> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_LOCAL_START_TIMEOUT_MS: '600000',
    DATASET_TIMEOUT_MS: '3600000',
    REQUEST_TIMEOUT_MS: '600000',
  });
  const dataDir = tempFolder(`kg-bench-scale-${label.replace(/[^a-z0-9]+/gi, '-')}-`);
  progress(
    `${label}: starting the bundled Neo4j on port ${settings.port} (heap ${settings.heapMb} MB, page cache ${settings.pageCacheMb} MB) in ${dataDir}…`,
  );
  const local = await startLocalNeo4j(
    { ...config.neo4j.local, port: settings.port, dataDir, heapMb: settings.heapMb, pageCacheMb: settings.pageCacheMb },
    PASSWORD,
    silent,
  );
  trackJvm(local.pid);
  const db = createExecutor({ ...config.neo4j, uri: local.uri }, silent);
  try {
    await waitForDatabase(db, 120_000, silent);
  } catch (err) {
    await db.close();
    await local.stop();
    throw err;
  }
  return {
    uri: local.uri,
    username: config.neo4j.username,
    password: PASSWORD,
    db,
    pid: local.pid,
    stop: async () => {
      const pid = local.pid;
      await db.close();
      await local.stop();
      untrackJvm(pid);
      removeFolder(dataDir);
    },
  };
}
