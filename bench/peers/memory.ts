import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killEverything } from '../faults/cleanup';
import { progress } from '../faults/report';
import { openSharedDatabase } from './database';
import { loadRun, requestsFor } from './load';
import { OPERATIONS } from './operations';
import { memoryMb } from './processes';
import { buildServers, PEER_LABELS, startServer, type RunningServer, type ServerOptions } from './servers';
import type { Peer } from './servers';
import { deriveVariableSets } from './variableSets';

/**
 * `node --import tsx bench/peers/memory.ts [trial…]`: what holds a server's resident memory.
 * Each trial starts one server (the service or a peer) with its Node flags or settings on the
 * shared, seeded Neo4j, loads it with every benchmarked operation in turn (MEMORY_SECONDS each,
 * MEMORY_CONNECTIONS connections) and reads its memory through a probe loaded with `--import`
 * (./memoryProbe.mjs): process.memoryUsage() and V8's heap spaces, before and after a full
 * collection, idle (after a short warm-up) and after the load. Prints one table; the findings
 * are in docs/benchmarks.md.
 */

interface Trial {
  name: string;
  peer: Peer;
  options?: ServerOptions;
}

// The raw server first: Neo4j's first plans after seeding are slow, and no trial should pay for them.
const TRIALS: Trial[] = [
  { name: 'raw', peer: 'raw' },
  { name: 'hand-written', peer: 'handwritten' },
  { name: 'service', peer: 'service' },
  { name: 'service, semi-space 4 MB', peer: 'service', options: { nodeArgs: ['--max-semi-space-size=4'] } },
  { name: 'service, semi-space 1 MB', peer: 'service', options: { nodeArgs: ['--max-semi-space-size=1'] } },
  { name: 'hand-written, semi-space 4 MB', peer: 'handwritten', options: { nodeArgs: ['--max-semi-space-size=4'] } },
];

const PROBE = path.join(__dirname, 'memoryProbe.mjs');
const SECONDS = Number(process.env.MEMORY_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.MEMORY_CONNECTIONS ?? 32);

interface Snapshot {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  mallocedMemory: number;
  spaces: Record<string, number>;
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

async function probe(server: RunningServer, file: string): Promise<{ before: Snapshot; after: Snapshot }> {
  fs.rmSync(file, { force: true });
  process.kill(server.process.pid, 'SIGUSR2');
  for (let waited = 0; !fs.existsSync(file); waited += 50) {
    if (waited > 30_000) throw new Error(`${server.peer}: no memory probe answer`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { before: Snapshot; after: Snapshot };
}

function row(name: string, when: string, s: { before: Snapshot; after: Snapshot }, peak: number, extra = ''): string {
  const { before, after } = s;
  return [
    name,
    when,
    mb(before.rss),
    peak.toFixed(0),
    mb(before.heapTotal),
    mb(before.heapUsed),
    mb(after.heapUsed),
    mb(before.spaces.new_space ?? 0),
    mb(before.spaces.code_space ?? 0),
    mb(before.external),
    mb(before.arrayBuffers),
    mb(before.mallocedMemory),
    mb(after.rss),
    extra,
  ].join(' | ');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const trials = wanted.length > 0 ? TRIALS.filter((t) => wanted.includes(t.name)) : TRIALS;
  buildServers();
  const database = await openSharedDatabase();
  const lines = [
    '| trial | when | RSS | peak RSS | heap total | heap used | live heap (after GC) | new space | code space | external | array buffers | malloc | RSS after GC | req/s per operation |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  try {
    const sets = await deriveVariableSets(database.db);
    for (const trial of trials) {
      const file = path.join(os.tmpdir(), `kg-memory-probe-${process.pid}.json`);
      const options = {
        nodeArgs: ['--expose-gc', '--import', PROBE, ...(trial.options?.nodeArgs ?? [])],
        env: { ...trial.options?.env, MEMORY_PROBE_FILE: file },
      };
      progress(`${trial.name}: starting ${PEER_LABELS[trial.peer]}…`);
      const server = await startServer(trial.peer, database, 0, options);
      try {
        for (const operation of OPERATIONS)
          await loadRun(server, operation, requestsFor(server, operation, sets[operation]), 2, 1, undefined);
        lines.push(`| ${row(trial.name, 'idle', await probe(server, file), memoryMb(server.process.pid).peak)} |`);
        const rates: string[] = [];
        for (const operation of OPERATIONS) {
          progress(`  ${operation}, ${CONNECTIONS} connections, ${SECONDS} s…`);
          const run = await loadRun(server, operation, requestsFor(server, operation, sets[operation]), CONNECTIONS, SECONDS, undefined);
          rates.push(`${(run.good / run.seconds).toFixed(0)}${run.errors ? ` (${run.errors} errors)` : ''}`);
        }
        const loaded = row(trial.name, 'loaded', await probe(server, file), memoryMb(server.process.pid).peak, rates.join(' / '));
        lines.push(`| ${loaded} |`);
        progress(`  ${loaded}`);
      } finally {
        await server.process.stop();
      }
    }
  } finally {
    await database.stop();
  }
  console.log(`\nMB; requests per second for ${OPERATIONS.join(' / ')}\n\n${lines.join('\n')}`);
}

main().then(
  async () => {
    await killEverything();
    process.exit(0);
  },
  async (err: unknown) => {
    console.error(err);
    await killEverything();
    process.exit(1);
  },
);
