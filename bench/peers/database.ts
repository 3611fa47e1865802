import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createExecutor, waitForDatabase, type Executor } from '../../src/neo4j/executor';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localNeo4j';
import { applySchema } from '../../src/neo4j/schemaSetup';
import { loadDataset } from '../../src/seed/dataset';
import { isGraphEmpty } from '../../src/seed/writeDataset';
import { writeAuditedDataset } from '../../src/services/seeding';
import { freePort, tempFolder, trackJvm, untrackJvm } from '../faults/cleanup';
import { progress } from '../faults/report';
import { listeningPid } from './processes';

/** The one Neo4j every server of the run shares, with what the servers need to reach it. */
export interface SharedDatabase {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** The bench's own connection (variable sets, PROFILE). */
  db: Executor;
  /** The JVM's process id (for its CPU figures): the one the bench started, or the local one NEO4J_URI names; else undefined. */
  jvmPid: number | undefined;
  stop(): Promise<void>;
}

const silent = createLogger('silent');

function localServerPid(uri: string): number | undefined {
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) return undefined;
  return listeningPid(Number(port || 7687));
}
const BENCH_PASSWORD = 'bench-peers-password';

/**
 * The bundled Neo4j in a temporary folder, seeded as `npm start` seeds an empty database (the
 * report's graph, written through the service's own audited dataset write), unless NEO4J_URI
 * names a database to use; that one is seeded only when it holds no entity, as the service would.
 */
export async function openSharedDatabase(): Promise<SharedDatabase> {
  const external = process.env.NEO4J_URI;
  const base = loadConfig({
    ...process.env,
    ...(external ? {} : { NEO4J_PASSWORD: BENCH_PASSWORD, NEO4J_LOCAL_START_TIMEOUT_MS: '600000' }),
  });
  let local: LocalNeo4j | undefined;
  if (!external) {
    const port = process.env.NEO4J_LOCAL_PORT ? base.neo4j.local.port : await freePort();
    const dataDir = tempFolder('kg-bench-peers-');
    progress(`starting the bundled Neo4j on port ${port} in ${dataDir}…`);
    local = await startLocalNeo4j({ ...base.neo4j.local, port, dataDir }, base.neo4j.password, silent);
    trackJvm(local.pid);
  }
  const uri = external ?? local!.uri;
  const db = createExecutor({ ...base.neo4j, uri }, silent);
  try {
    await waitForDatabase(db, 60_000, silent);
    await applySchema(db);
    const setup = db.scoped({ bulk: true });
    if (await isGraphEmpty(setup)) {
      progress('seeding the report graph (seed/)…');
      await writeAuditedDataset(setup, loadDataset(base.seedDir), { actor: 'seed', operation: 'seed', source: 'npm run bench:peers' });
    }
  } catch (err) {
    await db.close();
    await local?.stop();
    throw err;
  }
  // A Neo4j named by NEO4J_URI on this machine still has a process whose CPU time can be read.
  const jvmPid = local?.pid ?? localServerPid(uri);
  return {
    uri,
    username: base.neo4j.username,
    password: base.neo4j.password,
    database: base.neo4j.database,
    db,
    jvmPid,
    stop: async () => {
      await db.close();
      if (local) {
        await local.stop();
        untrackJvm(jvmPid!);
      }
    },
  };
}
