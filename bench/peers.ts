import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { killEverything } from './faults/cleanup';
import { progress, silence } from './faults/report';
import { checkRecords, primeServers } from './peers/check';
import { openSharedDatabase, type SharedDatabase } from './peers/database';
import { runLoad, summarise } from './peers/load';
import { OPERATIONS } from './peers/operations';
import { profileStatements } from './peers/profile';
import { renderSection, writeReport, type RunFacts } from './peers/report';
import { PEERS, PEER_LABELS, buildServers, startServer, type RunningServer } from './peers/servers';
import { deriveVariableSets, distinctCount, VARIABLE_SETS } from './peers/variableSets';

/**
 * `npm run bench:peers [-- --check-only]`: this service beside @neo4j/graphql, a hand-written
 * Apollo server and a raw node:http + neo4j-driver server (the floor), all on one Neo4j holding
 * the report's graph, answering the canonical operations. Their records are checked equal first;
 * then interleaved autocannon rounds measure throughput, latency, CPU and memory, and PROFILE
 * counts each server's db hits. Writes docs/benchmarks.md and docs/benchmarks/*.svg.
 */

const USAGE = `Usage: npm run bench:peers [-- --check-only]

  --check-only   start the servers, check that their records match for every variable set, stop

Environment:
  BENCH_PEERS_ROUNDS          interleaved rounds per concurrency (3)
  BENCH_PEERS_SECONDS         seconds per measured run of one server and operation (5)
  BENCH_PEERS_WARMUP_SECONDS  seconds of discarded warm-up per server and operation (3)
  BENCH_PEERS_CONCURRENCY     comma-separated connection counts (8,32)
  BENCH_PEERS_PORT            first HTTP port of the servers (0: free ports)
  BENCH_PEERS_LABEL           a note printed above the figures (e.g. "busy machine, preliminary")
  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD
                              use this Neo4j (seeded if empty) instead of a bundled one
  NEO4J_LOCAL_PORT            Bolt port of the bundled Neo4j (a free port by default)

A quick run: BENCH_PEERS_ROUNDS=1 BENCH_PEERS_SECONDS=2 BENCH_PEERS_WARMUP_SECONDS=1 npm run bench:peers`;

function numberSetting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    console.error(`${name} must be a number of at least ${min} (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

export interface Settings {
  rounds: number;
  seconds: number;
  warmUpSeconds: number;
  concurrency: number[];
  firstPort: number;
  label: string;
}

function readSettings(): Settings {
  const concurrency = (process.env.BENCH_PEERS_CONCURRENCY ?? '8,32').split(',').map((c) => Number(c.trim()));
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1)) {
    console.error(`BENCH_PEERS_CONCURRENCY must list whole numbers of connections (got "${process.env.BENCH_PEERS_CONCURRENCY}")`);
    process.exit(2);
  }
  return {
    rounds: numberSetting('BENCH_PEERS_ROUNDS', 3, 1),
    seconds: numberSetting('BENCH_PEERS_SECONDS', 5, 1),
    warmUpSeconds: numberSetting('BENCH_PEERS_WARMUP_SECONDS', 3, 0),
    concurrency,
    firstPort: numberSetting('BENCH_PEERS_PORT', 0, 0),
    label: process.env.BENCH_PEERS_LABEL ?? '',
  };
}

/** The command line that reproduces this run: the knobs that were set, then the script. */
function reproduceCommand(): string {
  const knobs = ['BENCH_PEERS_ROUNDS', 'BENCH_PEERS_SECONDS', 'BENCH_PEERS_WARMUP_SECONDS', 'BENCH_PEERS_CONCURRENCY', 'BENCH_PEERS_LABEL'];
  const set = knobs
    .filter((name) => process.env[name])
    .map((name) => `${name}=${JSON.stringify(process.env[name]).replace(/^"([\w.,-]+)"$/, '$1')}`);
  return [...set, 'npm run bench:peers'].join(' ');
}

/** Processors this process may use (nproc), which a container may set below the machine's. */
function processors(): number {
  const answer = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim());
  return Number.isInteger(answer) && answer > 0 ? answer : os.cpus().length;
}

const packageVersion = (name: string) =>
  (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

async function versions(database: SharedDatabase): Promise<Record<string, string>> {
  const result = await database.db.read('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
  const row = result.records[0];
  return {
    Node: process.version,
    Neo4j: row ? `${row.get('version') as string} ${row.get('edition') as string}` : 'unknown',
    ...Object.fromEntries(
      ['@apollo/server', 'graphql', 'neo4j-driver', '@neo4j/graphql', 'autocannon'].map((name) => [name, packageVersion(name)]),
    ),
  };
}

let interrupted = false;

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) return;
  progress(`${signal}: killing every process this run started…`);
  interrupted = true;
  silence();
  void killEverything().then((left) => {
    console.error(left.length > 0 ? `could not kill: ${left.join(', ')}` : 'interrupted; nothing left running');
    process.exit(130);
  });
}

async function startServers(database: SharedDatabase, firstPort: number): Promise<RunningServer[]> {
  const servers: RunningServer[] = [];
  for (const [index, peer] of PEERS.entries()) {
    progress(`starting ${PEER_LABELS[peer]}…`);
    const server = await startServer(peer, database, firstPort === 0 ? 0 : firstPort + index);
    progress(`  ${PEER_LABELS[peer]} ready at ${server.url} (pid ${server.process.pid})`);
    servers.push(server);
  }
  return servers;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--check-only');
  if (unknown.length > 0) {
    console.error(`Unknown option: ${unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const checkOnly = args.includes('--check-only');
  const settings = readSettings();
  const startedAt = new Date();
  const started = performance.now();
  const loadBefore = os.loadavg();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  progress(`${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg()[0]!.toFixed(2)}`);

  buildServers();
  const database = await openSharedDatabase();
  let servers: RunningServer[] = [];
  try {
    const variableSets = await deriveVariableSets(database.db);
    servers = await startServers(database, settings.firstPort);
    progress('a first request to every server and operation (cold caches)…');
    await primeServers(servers, variableSets);
    const check = await checkRecords(servers, variableSets);
    const mismatches = check.reduce((sum, c) => sum + c.mismatches.length, 0);
    if (mismatches > 0) {
      progress(`${mismatches} record mismatches: nothing measured (see above)`);
      return 1;
    }
    progress(`records match on every server for ${OPERATIONS.map((o) => `${variableSets[o].length} ${o}`).join(', ')} variable sets`);
    if (checkOnly) return 0;

    progress("profiling each server's statements (PROFILE, canonical variables)…");
    const profiles = await profileStatements(database, OPERATIONS);
    const runs = await runLoad({ servers, operations: OPERATIONS, variableSets, ...settings, jvmPid: database.jvmPid });
    const facts: RunFacts = {
      label: settings.label,
      command: reproduceCommand(),
      startedAt,
      minutes: (performance.now() - started) / 60_000,
      machine: {
        cores: processors(),
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        memoryGiB: os.totalmem() / 2 ** 30,
        loadBefore,
        loadAfter: os.loadavg(),
      },
      versions: await versions(database),
      settings,
      operations: OPERATIONS,
      distinctSets: Object.fromEntries(OPERATIONS.map((o) => [o, distinctCount(variableSets[o])])) as RunFacts['distinctSets'],
      setsPerOperation: VARIABLE_SETS,
      check,
      summaries: summarise(runs),
      profiles,
      neo4jCpuNote: database.jvmPid === undefined ? 'not measured: NEO4J_URI names a Neo4j on another machine' : undefined,
    };
    const written = writeReport(facts);
    console.log(renderSection(facts));
    progress(`wrote ${written.join(', ')}`);
    return 0;
  } finally {
    for (const server of servers) await server.process.stop();
    await database.stop();
  }
}

main().then(
  async (code) => {
    if (interrupted) return;
    const left = await killEverything();
    if (left.length > 0) console.error(`left running: ${left.join(', ')}`);
    process.exit(code);
  },
  async (err: unknown) => {
    if (interrupted) return;
    console.error(err);
    await killEverything();
    process.exit(1);
  },
);
