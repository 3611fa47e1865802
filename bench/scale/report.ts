import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { progress } from '../faults/report';
import { CONCURRENCY, OPERATIONS, type LatencyResult } from './latency';
import type { LoadResult } from './load';

/** Everything one `npm run bench:scale` run measured (also written to bench/scale/last-run.json). */
export interface ScaleRun {
  command: string;
  startedAt: string;
  finishedAt?: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string };
  loadBefore: number[];
  loadAfterPlain?: number[];
  loadAfterImport?: number[];
  loadAfterLatency?: number[];
  options: Record<string, unknown>;
  shape?: string;
  plain?: LoadResult;
  imported?: LoadResult;
  latency?: { big: LatencyResult; small?: LatencyResult; seedSize: number };
}

const rate = (n: number, s: number) => (s > 0 ? Math.round(n / s).toLocaleString('en-US') : '—');
const load = (l: number[] | undefined) => (l ? l.map((x) => x.toFixed(2)).join(' / ') : '—');

function importTable(run: ScaleRun): string[] {
  const rows = [
    '| load | entities | relationships | seconds (entities + relationships) | entities/s | relationships/s | transactions |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (label: string, r: LoadResult) =>
    `| ${label} | ${r.entities.toLocaleString('en-US')} | ${r.facts.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} (${r.entitySeconds.toFixed(1)} + ${r.factSeconds.toFixed(1)}) | ${rate(r.entities, r.entitySeconds)} | ${rate(r.facts, r.factSeconds)} | ${r.transactions} |`;
  if (run.imported) rows.push(row('import path (writeAuditedDataset, full provenance)', run.imported));
  if (run.plain) rows.push(row('plain `UNWIND … CREATE` (no provenance)', run.plain));
  const lines = [...rows];
  if (run.imported && run.plain) {
    const ratio = run.plain.seconds / run.imported.seconds;
    lines.push(
      '',
      `Import path ÷ plain floor, whole load (entities and relationships per second): **${ratio.toFixed(2)}** (target ≥ 0.8: ${ratio >= 0.8 ? 'met' : '**missed**'}); ` +
        `entities ${(run.plain.entitySeconds / run.imported.entitySeconds).toFixed(2)}, relationships ${(run.plain.factSeconds / run.imported.factSeconds).toFixed(2)}.`,
    );
  }
  return lines;
}

function latencyTable(run: ScaleRun): string[] {
  const latency = run.latency;
  if (!latency?.small) return [];
  const small = latency.small;
  const lines = [
    `| operation | clients | p50 ${latency.seedSize} nodes | p50 big | p95 ${latency.seedSize} | p95 big | p99 ${latency.seedSize} | p99 big | p50 ratio | p95 ratio | errors (small / big) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const operation of OPERATIONS) {
    for (const clients of CONCURRENCY) {
      const s = small.figures[operation]?.[String(clients)];
      const b = latency.big.figures[operation]?.[String(clients)];
      if (!s || !b) continue;
      const ratio = (x: number, y: number) => {
        const r = y / x;
        return r <= 2 ? r.toFixed(2) : `**${r.toFixed(2)}**`;
      };
      lines.push(
        `| ${operation} | ${clients} | ${s.p50.toFixed(1)} | ${b.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${b.p95.toFixed(1)} | ${s.p99.toFixed(1)} | ${b.p99.toFixed(1)} | ${ratio(s.p50, b.p50)} | ${ratio(s.p95, b.p95)} | ${s.errors} / ${b.errors} |`,
      );
    }
  }
  lines.push(
    '',
    `Milliseconds per request. Service start-up (ready to serve, schema and derived-key check included): ${small.startSeconds.toFixed(1)} s on ${latency.seedSize} nodes, ${latency.big.startSeconds.toFixed(1)} s on ${latency.big.label}; service RSS after the runs ${small.rssMb.toFixed(0)} / ${latency.big.rssMb.toFixed(0)} MB.`,
  );
  return lines;
}

export function renderResults(run: ScaleRun): { summary: string; write: () => void } {
  const summary = [
    `Command: \`${run.command}\` (${run.startedAt} to ${run.finishedAt ?? '?'}).`,
    `Machine: ${run.machine.cores} × ${run.machine.cpu}, ${run.machine.memoryGiB.toFixed(0)} GiB, Node ${run.machine.node}, bundled Neo4j 5.26 Community (heap ${String(run.options.heapMb)} MB, page cache ${String(run.options.pageCacheMb)} MB). ` +
      `Load average (1 / 5 / 15 min) before: ${load(run.loadBefore)}; after the plain load: ${load(run.loadAfterPlain)}; after the import: ${load(run.loadAfterImport)}; after the latency runs: ${load(run.loadAfterLatency)}.`,
    '',
    ...importTable(run),
    '',
    ...latencyTable(run),
    ...(run.shape ? ['', 'Shape of the graph beside the report’s:', '', run.shape] : []),
  ].join('\n');
  const write = () => {
    for (const file of [path.join(PROJECT_ROOT, 'bench', 'RESULTS.md'), path.join(PROJECT_ROOT, 'docs', 'benchmarks.md')]) {
      const start = '<!-- bench:scale start -->';
      const end = '<!-- bench:scale end -->';
      const section = `${start}\n${summary}\n${end}`;
      const text = fs.readFileSync(file, 'utf8');
      const at = text.indexOf(start);
      const next = at >= 0 ? text.slice(0, at) + section + text.slice(text.indexOf(end) + end.length) : `${text.trimEnd()}\n\n${section}\n`;
      fs.writeFileSync(file, next);
      progress(`wrote the figures into ${path.relative(PROJECT_ROOT, file)}`);
    }
  };
  return { summary, write };
}
