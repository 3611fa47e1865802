import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { createLogger } from '../src/logger';
import { startLocalNeo4j } from '../src/neo4j/localNeo4j';
import { buildState, SERVER_BUILD } from '../src/web/build';

/**
 * `npm run bench:runtime`: the same service run two ways against one Neo4j — compiled JavaScript
 * with plain node (what `npm start` and the container run) and TypeScript through the tsx loader
 * — in interleaved rounds, so that drift on a shared machine hits both alike. Reports req/s and
 * the server process's CPU time per request (read from /proc, less sensitive to other load).
 */

const OPERATIONS = ['AwardsWon', 'CompetitionResults', 'Search'];
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const RUNTIMES: Record<string, string[]> = {
  'compiled (node dist/main.js)': [path.join(PROJECT_ROOT, 'dist', 'main.js')],
  'tsx loader (src/main.ts)': ['--import', 'tsx', path.join(PROJECT_ROOT, 'src', 'main.ts')],
};

/** User + system CPU milliseconds the process has used (Linux). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function startServer(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API ready at (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  if (buildState(SERVER_BUILD) !== 'fresh') throw new Error('dist/ is not built from the current sources: run `npm run build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-runtime-'));
  const config = loadConfig({ NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT ?? '7696', NEO4J_LOCAL_DATA_DIR: dataDir });
  const neo4j = await startLocalNeo4j(config.neo4j.local, config.neo4j.password, createLogger('warn'));
  const servers: { name: string; child: ChildProcess; url: string }[] = [];
  try {
    const env = { PORT: '0', NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: config.neo4j.password, NODE_ENV: 'production', LOG_LEVEL: 'info' };
    for (const [name, args] of Object.entries(RUNTIMES)) {
      console.error(`starting ${name}…`);
      servers.push({ name, ...(await startServer(args, { ...env, SEED_ON_START: String(servers.length === 0) })) });
    }
    const dir = path.join(PROJECT_ROOT, 'examples', 'operations');
    const results = new Map<string, { rps: number[]; cpu: number[] }>();
    for (let round = 0; round <= ROUNDS; round++) {
      console.error(round === 0 ? 'warm-up round…' : `round ${round} of ${ROUNDS}…`);
      for (const operation of OPERATIONS) {
        const body = JSON.stringify({
          query: fs.readFileSync(path.join(dir, `${operation}.graphql`), 'utf8'),
          variables: JSON.parse(fs.readFileSync(path.join(dir, `${operation}.variables.json`), 'utf8')) as unknown,
        });
        for (const { name, child, url } of servers) {
          const send = async () => {
            const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
            const answer = (await response.json()) as { errors?: unknown };
            if (answer.errors) throw new Error(`${operation} on ${name}: ${JSON.stringify(answer.errors)}`);
          };
          let next = 0;
          const cpuBefore = cpuMs(child.pid!);
          const started = performance.now();
          await Promise.all(
            Array.from({ length: CONCURRENCY }, async () => {
              while (next++ < REQUESTS) await send();
            }),
          );
          const seconds = (performance.now() - started) / 1000;
          if (round === 0) continue; // warm-up: JIT, plan cache, pools
          const row = results.get(`${operation}\0${name}`) ?? { rps: [], cpu: [] };
          row.rps.push(REQUESTS / seconds);
          row.cpu.push((cpuMs(child.pid!) - cpuBefore) / REQUESTS);
          results.set(`${operation}\0${name}`, row);
        }
      }
    }
    const load = os.loadavg()[0]!.toFixed(2);
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load}, ${new Date().toISOString().slice(0, 10)}`,
    );
    console.log(
      `${REQUESTS} requests per operation and runtime per round at concurrency ${CONCURRENCY}, ${ROUNDS} rounds after a warm-up; medians\n`,
    );
    console.log('| operation | runtime | req/s | server CPU ms per request |');
    console.log('| --- | --- | --- | --- |');
    for (const [key, row] of results) {
      const [operation, name] = key.split('\0');
      console.log(`| ${operation} | ${name} | ${median(row.rps).toFixed(0)} | ${median(row.cpu).toFixed(2)} |`);
    }
  } finally {
    for (const { child } of servers) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
