import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { progress } from '../faults/report';
import type { SharedDatabase } from './database';
import { READY_LINE } from './peerEnvironment';
import { ServerProcess } from './processes';

/** The four servers of the benchmark, in the order the tables and plots show them. */
export const PEERS = ['service', 'neo4jGraphql', 'handwritten', 'raw'] as const;
export type Peer = (typeof PEERS)[number];

export const PEER_LABELS: Record<Peer, string> = {
  service: 'this service',
  neo4jGraphql: '@neo4j/graphql 7.6.3',
  handwritten: 'hand-written Apollo',
  raw: 'raw node:http + driver',
};

/** Where the peers are compiled to (dist/ is git-ignored; `npm run build` empties it, so the bench compiles them each run). */
const PEERS_DIST = path.join(PROJECT_ROOT, 'dist', 'peers');
const PEER_ENTRIES: Record<Exclude<Peer, 'service'>, string> = {
  neo4jGraphql: 'bench/peers/neo4jGraphql/server.js',
  handwritten: 'bench/peers/handwritten/server.js',
  raw: 'bench/peers/raw/server.js',
};

const START_TIMEOUT_MS = 180_000;

function run(what: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
}

/**
 * Every server runs compiled JavaScript without a loader or source maps: the service as
 * `npm run build` compiles it (and `npm start` runs it), the peers with the same compiler
 * settings (bench/peers/tsconfig.json).
 */
export function buildServers(): void {
  progress('building the service (npm run build -- --if-stale)…');
  run('npm run build', ['--import', 'tsx', 'src/cli/build.ts', '--if-stale']);
  progress('compiling the peers (bench/peers/tsconfig.json → dist/peers)…');
  run('compiling the peers', [path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'bench/peers/tsconfig.json']);
}

export interface RunningServer {
  peer: Peer;
  url: string;
  process: ServerProcess;
}

/** Node flags and environment a trial adds to a server (bench/peers/memory.ts). */
export interface ServerOptions {
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/** Starts one server on the shared database; `port` 0 lets the system choose. */
export async function startServer(peer: Peer, database: SharedDatabase, port: number, options: ServerOptions = {}): Promise<RunningServer> {
  const nodeArgs = options.nodeArgs ?? [];
  const env = {
    NEO4J_URI: database.uri,
    NEO4J_USERNAME: database.username,
    NEO4J_PASSWORD: database.password,
    NEO4J_DATABASE: database.database,
    HOST: '127.0.0.1',
    PORT: String(port),
    NODE_ENV: 'production',
    ...options.env,
  };
  if (peer === 'service') {
    // As `npm start` runs it, on a database that is already seeded.
    const service = new ServerProcess(PEER_LABELS.service, [...nodeArgs, path.join('dist', 'main.js')], {
      SEED_ON_START: 'false',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      ...env,
    });
    const url = await service.waitForLine((line) => {
      if (!line.includes('GraphQL API ready')) return undefined;
      return (JSON.parse(line) as { msg: string }).msg.match(/ready at (\S+?)[ ;]/)?.[1];
    }, START_TIMEOUT_MS);
    return { peer, url, process: service };
  }
  const server = new ServerProcess(PEER_LABELS[peer], [...nodeArgs, path.join(PEERS_DIST, PEER_ENTRIES[peer])], env);
  const url = await server.waitForLine(
    (line) => (line.startsWith(READY_LINE) ? line.slice(READY_LINE.length).trim() : undefined),
    START_TIMEOUT_MS,
  );
  return { peer, url, process: server };
}
