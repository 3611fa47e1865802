import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../src/config';
import { progress } from '../faults/report';
import { ServerProcess } from '../peers/processes';
import type { BenchDatabase } from './database';
import { generateReports, type GeneratorOptions } from './generate';

/**
 * Latency of the operations issue #13 names, on a loaded graph, through the built service (as
 * `npm start` runs it: compiled JavaScript, production mode): lookups by name and by id, a
 * who-won filter, an entity page and search, each with variable sets drawn from the graph
 * (evenly spread over the generated entities, so a big graph is asked about its whole range).
 * One client in a loop, then eight at once, for a fixed time each; a warm-up pass is discarded.
 */

export const OPERATIONS = ['entitiesByName', 'entity', 'awards', 'EntityPage', 'search'] as const;
export type OperationName = (typeof OPERATIONS)[number];
export const CONCURRENCY = [1, 8] as const;

const example = (name: string) => fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'operations', `${name}.graphql`), 'utf8');

const ENTITY_DOCUMENT = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name nameEn
    sources { section item quote }
    relations(first: 10) { type other { id name } sources { quote } }
  }
}`;

export const DOCUMENTS: Record<OperationName, string> = {
  entitiesByName: example('PersonRecord'),
  entity: ENTITY_DOCUMENT,
  awards: example('AwardsWon'),
  EntityPage: example('EntityPage'),
  search: example('Search'),
};

export type Variables = Record<string, unknown>;

export interface Percentiles {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LatencyResult {
  label: string;
  startSeconds: number;
  variableSets: Record<OperationName, Variables[]>;
  /** By operation, then by concurrency. */
  figures: Record<OperationName, Record<string, Percentiles>>;
  rssMb: number;
}

const SETS = 12;

/** Variable sets drawn from the generated graph: every n-th person who won something, competition, entity. */
export function variableSets(options: GeneratorOptions): Record<OperationName, Variables[]> {
  const winners: string[] = [];
  const competitions: string[] = [];
  const ids: string[] = [];
  for (const batch of generateReports(options)) {
    const names = new Map(batch.entities.map((e) => [e.id, e]));
    for (const fact of batch.facts) {
      const from = names.get(fact.from);
      if (fact.type === 'RECEIVED' && from?.kind === 'PERSON') winners.push(from.name);
    }
    for (const entity of batch.entities) {
      if (entity.kind === 'COMPETITION') competitions.push(entity.name);
      ids.push(entity.id);
    }
  }
  const spread = <T>(items: T[], n: number) =>
    Array.from({ length: Math.min(n, items.length) }, (_, i) => items[Math.floor((i * items.length) / Math.min(n, items.length))]!);
  const people = spread(winners, SETS);
  return {
    entitiesByName: people.map((name) => ({ name })),
    entity: spread(ids, SETS).map((id) => ({ id })),
    awards: [
      { filter: { levelAtLeast: 'NATIONAL', recipientKind: 'PERSON' }, first: 50 },
      { filter: { levelAtLeast: 'PROVINCIAL', recipientKind: 'PERSON' }, first: 50 },
      { filter: { levelAtLeast: 'MUNICIPAL', recipientKind: 'ORGANIZATION' }, first: 50 },
    ],
    EntityPage: ['COMPETITION', 'PERSON', 'AWARD', 'ORGANIZATION'].map((kind) => ({ kind, first: 5 })),
    search: [...spread(people, SETS / 2), ...spread(competitions, SETS / 2)].map((query) => ({ query })),
  };
}

/** Builds the service as `npm start` does when it is stale. */
export function buildService(): void {
  progress('building the service (npm run build -- --if-stale)…');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--if-stale'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

/** The built service on `database`, as `npm start` runs it; resolves with its GraphQL URL once ready. */
async function startService(database: BenchDatabase): Promise<{ service: ServerProcess; url: string; seconds: number }> {
  const started = performance.now();
  const service = new ServerProcess('the service', [path.join('dist', 'main.js')], {
    NEO4J_URI: database.uri,
    NEO4J_USERNAME: database.username,
    NEO4J_PASSWORD: database.password,
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'production',
    SEED_ON_START: 'false',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    DATASET_TIMEOUT_MS: '3600000',
  });
  const url = await service.waitForLine((line) => {
    if (!line.includes('GraphQL API ready')) return undefined;
    return (JSON.parse(line) as { msg: string }).msg.match(/ready at (\S+?)[ ;]/)?.[1];
  }, 3_600_000);
  return { service, url, seconds: (performance.now() - started) / 1000 };
}

async function ask(url: string, operation: OperationName, variables: Variables): Promise<{ ms: number; ok: boolean; problem?: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DOCUMENTS[operation], variables }),
    });
    const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
    const ok = response.status === 200 && !body.errors && !!body.data;
    return {
      ms: performance.now() - started,
      ok,
      ...(ok ? {} : { problem: `HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}` }),
    };
  } catch (err) {
    return { ms: performance.now() - started, ok: false, problem: (err as Error).message };
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `clients` loops, each cycling through the sets from its own offset, for `seconds` (at least one pass over the sets). */
async function measure(url: string, operation: OperationName, sets: Variables[], clients: number, seconds: number): Promise<Percentiles> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (
        let i = Math.floor((client * sets.length) / clients), done = 0;
        performance.now() < until || done < Math.ceil(sets.length / clients);
        i++, done++
      ) {
        const answer = await ask(url, operation, sets[i % sets.length]!);
        latencies.push(answer.ms);
        if (!answer.ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export async function measureLatencies(
  database: BenchDatabase,
  options: GeneratorOptions,
  seconds: number,
  label: string,
): Promise<LatencyResult> {
  buildService();
  const sets = variableSets(options);
  progress(`${label}: starting the service…`);
  const { service, url, seconds: startSeconds } = await startService(database);
  progress(`${label}: the service was ready in ${startSeconds.toFixed(1)} s`);
  try {
    const figures = {} as LatencyResult['figures'];
    for (const operation of OPERATIONS) {
      for (const variables of sets[operation]) {
        const warm = await ask(url, operation, variables);
        if (!warm.ok) progress(`${label}: ${operation} ${JSON.stringify(variables)} answered with errors: ${warm.problem}`);
      }
      figures[operation] = {};
      for (const clients of CONCURRENCY) {
        const result = await measure(url, operation, sets[operation], clients, seconds);
        figures[operation][String(clients)] = result;
        progress(
          `${label}: ${operation} × ${clients}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms (${result.requests} requests, ${result.errors} errors)`,
        );
      }
    }
    const rssMb = Number(fs.readFileSync(`/proc/${service.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    return { label, startSeconds, variableSets: sets, figures, rssMb };
  } finally {
    await service.stop();
  }
}
