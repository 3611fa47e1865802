import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp } from '../src/app';
import { loadConfig, PROJECT_ROOT } from '../src/config';
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

async function send(url: string, payload: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const body = (await response.json()) as { errors?: unknown };
  if (response.status !== 200 || body.errors) throw new Error(`request failed: ${JSON.stringify(body)}`);
}

const post = (url: string, query: string) => send(url, JSON.stringify({ query }));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function latencies(count: number, request: () => Promise<void>): Promise<number[]> {
  const measured: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await request();
    measured.push(performance.now() - start);
  }
  return measured.sort((a, b) => a - b);
}

/**
 * What a trusted document saves per request: the same example operation (AwardsWon, the largest)
 * sent as its text and as its SHA-256 alone, alternating in rounds so that drift hits both alike.
 */
async function trustedDocumentRows(url: string): Promise<string[]> {
  const dir = path.join(PROJECT_ROOT, 'examples', 'operations');
  const query = fs.readFileSync(path.join(dir, 'AwardsWon.graphql'), 'utf8');
  const variables = JSON.parse(fs.readFileSync(path.join(dir, 'AwardsWon.variables.json'), 'utf8')) as unknown;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash } };
  await send(url, JSON.stringify({ query, variables, extensions: persisted })); // registers the hash
  const payloads = {
    'document text': JSON.stringify({ query, variables }),
    'hash only': JSON.stringify({ variables, extensions: persisted }),
  };
  const results: Record<string, number[]> = { 'document text': [], 'hash only': [] };
  for (let round = 0; round < 8; round++) {
    for (const [name, payload] of Object.entries(payloads)) {
      if (round === 0) await latencies(50, () => send(url, payload)); // warm-up
      results[name]!.push(...(await latencies(SEQUENTIAL / 8, () => send(url, payload))));
    }
  }
  return Object.entries(payloads).map(([name, payload]) => {
    const sorted = results[name]!.sort((a, b) => a - b);
    return `| AwardsWon, ${name} | ${Buffer.byteLength(payload)} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} |`;
  });
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-'));
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT ?? '7695',
    NEO4J_LOCAL_DATA_DIR: dataDir,
  });
  const app = await startApp(config, createLogger('warn'));
  const rows: string[] = [];
  const trusted: string[] = [];
  try {
    for (const [name, query] of Object.entries(OPERATIONS)) {
      console.error(`measuring ${name}…`);
      await latencies(50, () => post(app.url, query)); // warm-up: JIT, plan cache, pool
      const sequential = await latencies(SEQUENTIAL, () => post(app.url, query));
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next++ < SEQUENTIAL) await post(app.url, query);
        }),
      );
      const throughput = SEQUENTIAL / ((performance.now() - started) / 1000);
      rows.push(
        `| ${name} | ${percentile(sequential, 50).toFixed(2)} | ${percentile(sequential, 95).toFixed(2)} | ${percentile(sequential, 99).toFixed(2)} | ${throughput.toFixed(0)} |`,
      );
    }
    console.error('measuring trusted documents…');
    trusted.push(...(await trustedDocumentRows(app.url)));
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  console.log(
    `Requests per operation: ${SEQUENTIAL} sequential (latency), then ${SEQUENTIAL} at concurrency ${CONCURRENCY} (throughput)\n`,
  );
  console.log('| operation | p50 ms | p95 ms | p99 ms | req/s at concurrency |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log('\nTrusted documents: the same operation by text and by hash (sequential, alternating rounds)\n');
  console.log('| request | body bytes | p50 ms | p99 ms |');
  console.log('| --- | --- | --- | --- |');
  for (const row of trusted) console.log(row);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
