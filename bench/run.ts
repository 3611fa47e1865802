import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';

/**
 * `npm run bench`: latency and throughput of representative read operations over real HTTP
 * against a real Neo4j (the bundled one in a temporary folder, unless NEO4J_URI is set).
 * Prints a Markdown table with the machine it ran on; copy it into bench/RESULTS.md.
 */

const OPERATIONS: Record<string, string> = {
  entityById: '{ entity(id: "person/yang-zhenhua") { id name nameEn sources { section item quote } } }',
  entitiesByName: '{ entitiesByName(name: "毛珍祯") { id ... on Person { pinyin } } }',
  entityWithRelations:
    '{ entity(id: "competition/national-skills-competition-1") { name relations { type other { id name } sources { quote } } } }',
  pageOfAwards: '{ entities(kind: AWARD, first: 20) { totalCount edges { cursor node { id name } } } }',
  graphSummary: '{ graphSummary { entityTotal relationshipTotal entityCounts { kind count } } }',
  awardsFiltered:
    '{ awards(filter: { levelAtLeast: PROVINCIAL, recipientKind: PERSON }, first: 20) { totalCount edges { node { id rankText recipients { name } coaches { name } wonAt { name } } } } }',
  search: '{ search(query: "珍") { kind snippet entity { id } } }',
  connections: '{ connections(from: "person/yang-zhenhua", to: "person/chen-ying") { length nodes { id } edges { type } } }',
  topRecipients: '{ topRecipients(kinds: [PERSON], first: 10) { awardCount entity { name } } }',
};

const SEQUENTIAL = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function post(url: string, query: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown };
  if (response.status !== 200 || body.errors) throw new Error(`request failed: ${JSON.stringify(body)}`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const config = loadConfig({ ...process.env, PORT: '0', NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT ?? '7695', NEO4J_LOCAL_DATA_DIR: dataDir });
  const app = await startApp(config, createLogger('warn'));
  const rows: string[] = [];
  try {
    for (const [name, query] of Object.entries(OPERATIONS)) {
      for (let i = 0; i < 50; i++) await post(app.url, query); // warm-up: JIT, plan cache, pool
      const latencies: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) {
        const start = performance.now();
        await post(app.url, query);
        latencies.push(performance.now() - start);
      }
      latencies.sort((a, b) => a - b);
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next++ < SEQUENTIAL) await post(app.url, query);
        }),
      );
      const throughput = SEQUENTIAL / ((performance.now() - started) / 1000);
      rows.push(
        `| ${name} | ${percentile(latencies, 50).toFixed(2)} | ${percentile(latencies, 95).toFixed(2)} | ${percentile(latencies, 99).toFixed(2)} | ${throughput.toFixed(0)} |`,
      );
    }
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Requests per operation: ${SEQUENTIAL} sequential (latency), then ${SEQUENTIAL} at concurrency ${CONCURRENCY} (throughput)\n`);
  console.log('| operation | p50 ms | p95 ms | p99 ms | req/s at concurrency |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
