import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { EXPENSIVE_OPERATIONS } from './expensiveOperations';

/**
 * `npm run bench:deadline`: how far past REQUEST_TIMEOUT_MS any answer comes. Starts the service
 * as a user would (its own process, REQUEST_TIMEOUT_MS=200 unless set), on the bundled Neo4j in
 * a temporary folder (or NEO4J_URI), and fires the most expensive operations the limits allow:
 * each one alone, then all at once. Every answer must be 200 or 504 TIMEOUT; the figure that
 * matters is the largest time past the deadline, measured by the client.
 */

const DEADLINE_MS = Number(process.env.REQUEST_TIMEOUT_MS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const WARM_UP_ROUNDS = 2;

interface Sample {
  operation: string;
  phase: 'alone' | 'together';
  status: number;
  code: string | undefined;
  ms: number;
}

/** Starts `src/main.ts` in its own process group and resolves with its GraphQL URL once ready. */
function startService(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: '0',
      REQUEST_TIMEOUT_MS: String(DEADLINE_MS),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT ?? '7695',
      NEO4J_LOCAL_DATA_DIR: dataDir,
    },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /GraphQL API ready at (\S+?)[\s"(;]/.exec(output);
      if (ready?.[1]) resolve({ url: ready[1], child });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before it was ready:\n${output.slice(-3000)}`)));
  });
}

async function stopService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(forced);
}

async function send(url: string, operation: string, phase: Sample['phase']): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXPENSIVE_OPERATIONS[operation] }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  } catch {
    code = `not JSON: ${text.slice(0, 40)}`;
  }
  return { operation, phase, status: response.status, code, ms };
}

async function round(url: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const operation of Object.keys(EXPENSIVE_OPERATIONS)) samples.push(await send(url, operation, 'alone'));
  const together = Object.keys(EXPENSIVE_OPERATIONS).flatMap((operation) =>
    Array.from({ length: CONCURRENCY }, () => send(url, operation, 'together')),
  );
  samples.push(...(await Promise.all(together)));
  return samples;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const past = (ms: number) => Math.max(0, ms - DEADLINE_MS);

function row(label: string, samples: Sample[]): string {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const count = (test: (s: Sample) => boolean) => samples.filter(test).length;
  const ok = count((s) => s.status === 200 && s.code === undefined);
  const timedOut = count((s) => s.status === 504 && s.code === 'TIMEOUT');
  const other = samples.length - ok - timedOut;
  const worst = Math.max(...samples.map((s) => past(s.ms)));
  return `| ${label} | ${samples.length} | ${ok} | ${timedOut} | ${other} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} | ${ms[ms.length - 1]!.toFixed(0)} | ${worst.toFixed(0)} |`;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-deadline-'));
  const loadBefore = os.loadavg();
  console.error(`starting the service with REQUEST_TIMEOUT_MS=${DEADLINE_MS}…`);
  const { url, child } = await startService(dataDir);
  const samples: Sample[] = [];
  const warmUp: Sample[] = [];
  try {
    for (let i = 0; i < WARM_UP_ROUNDS; i++) {
      console.error(`warm-up round ${i + 1}/${WARM_UP_ROUNDS}`);
      warmUp.push(...(await round(url)));
    }
    for (let i = 0; i < ROUNDS; i++) {
      console.error(`round ${i + 1}/${ROUNDS}`);
      samples.push(...(await round(url)));
    }
  } finally {
    await stopService(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const loadAfter = os.loadavg();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `${new Date().toISOString().slice(0, 10)}; load average ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after`,
  );
  console.log(
    `REQUEST_TIMEOUT_MS=${DEADLINE_MS}; ${ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds; each round runs every operation ` +
      `alone, then all of them ${CONCURRENCY} times at once (${Object.keys(EXPENSIVE_OPERATIONS).length * CONCURRENCY} requests in flight)\n`,
  );
  console.log('| operation | requests | 200 | 504 TIMEOUT | other | p50 ms | p99 ms | max ms | max ms past the deadline |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const operation of Object.keys(EXPENSIVE_OPERATIONS)) {
    for (const phase of ['alone', 'together'] as const) {
      console.log(
        row(
          `${operation}, ${phase}`,
          samples.filter((s) => s.operation === operation && s.phase === phase),
        ),
      );
    }
  }
  console.log(row('**all**', samples));
  console.log(row('warm-up rounds (not above)', warmUp));
  const failures = [...samples, ...warmUp].filter(
    (s) => !(s.status === 200 && s.code === undefined) && !(s.status === 504 && s.code === 'TIMEOUT'),
  );
  if (failures.length > 0) {
    console.error(`answers other than 200 or 504 TIMEOUT: ${JSON.stringify(failures.slice(0, 5))}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
