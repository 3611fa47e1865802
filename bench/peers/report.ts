import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { CheckResult } from './check';
import type { Summary } from './load';
import type { OperationName } from './operations';
import type { StatementProfile } from './profile';
import { PEER_LABELS, PEERS, type Peer } from './servers';
import { barChart, type Series } from './svg';

/**
 * docs/benchmarks.md's peer section and its plots (docs/benchmarks/peers-*.svg). The section sits
 * between two markers, so that the rest of the page (other benchmarks) is left as it is.
 */

export interface RunFacts {
  label: string;
  command: string;
  startedAt: Date;
  minutes: number;
  machine: { cores: number; cpu: string; memoryGiB: number; loadBefore: number[]; loadAfter: number[] };
  versions: Record<string, string>;
  settings: { rounds: number; seconds: number; warmUpSeconds: number; concurrency: number[] };
  operations: readonly OperationName[];
  distinctSets: Record<OperationName, number>;
  setsPerOperation: number;
  check: CheckResult[];
  summaries: Summary[];
  profiles: Record<OperationName, Record<Peer, StatementProfile>>;
  /** Why Neo4j's CPU is missing, when it is. */
  neo4jCpuNote: string | undefined;
}

const DOC = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
const PLOTS = path.join(PROJECT_ROOT, 'docs', 'benchmarks');
const START = '<!-- bench:peers:start (written by npm run bench:peers; edits inside are overwritten) -->';
const END = '<!-- bench:peers:end -->';

const COLOURS: Record<Peer, string> = { service: '#1f77b4', neo4jGraphql: '#ff7f0e', handwritten: '#2ca02c', raw: '#7f7f7f' };
const SERIES: Series[] = PEERS.map((peer) => ({ name: PEER_LABELS[peer], colour: COLOURS[peer] }));

const fixed = (value: number | undefined, digits = 1) => (value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));
const range = (values: number[]) =>
  values.length === 0 ? '—' : `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`.replace(/^(.+)–\1$/, '$1');

function find(summaries: Summary[], peer: Peer, operation: OperationName, concurrency: number): Summary | undefined {
  return summaries.find((s) => s.peer === peer && s.operation === operation && s.concurrency === concurrency);
}

/** The service's req/s over a peer's, per round and concurrency. */
function ratios(facts: RunFacts, operation: OperationName, peer: Peer): number[] {
  return facts.settings.concurrency.flatMap((c) => {
    const ours = find(facts.summaries, 'service', operation, c);
    const theirs = find(facts.summaries, peer, operation, c);
    if (!ours || !theirs) return [];
    return ours.perRound.map((value, round) => value / theirs.perRound[round]!);
  });
}

function throughputTable(facts: RunFacts): string[] {
  const lines = [
    '| operation | connections | server | req/s | p50 ms | p95 ms | p99 ms | errors | Node CPU ms/req | Neo4j CPU ms/req | RSS after / peak MB | bytes/answer |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const operation of facts.operations) {
    for (const c of facts.settings.concurrency) {
      for (const peer of PEERS) {
        const s = find(facts.summaries, peer, operation, c);
        if (!s) continue;
        lines.push(
          `| ${operation} | ${c} | ${PEER_LABELS[peer]} | ${s.requestsPerSecond.toFixed(0)} | ${fixed(s.p50)} | ${fixed(s.p95)} | ${fixed(s.p99)} | ` +
            `${s.errors} | ${fixed(s.serverCpuMsPerRequest, 2)} | ${fixed(s.neo4jCpuMsPerRequest, 2)} | ${s.rssMb.toFixed(0)} / ${s.peakMb.toFixed(0)} | ${s.responseBytes.toFixed(0)} |`,
        );
      }
    }
  }
  return lines;
}

function ratioTable(facts: RunFacts): string[] {
  return [
    '| operation | this service ÷ raw driver server | ÷ @neo4j/graphql 7.6.3 | ÷ hand-written Apollo |',
    '| --- | --- | --- | --- |',
    ...facts.operations.map(
      (o) =>
        `| ${o} | ${range(ratios(facts, o, 'raw'))} | ${range(ratios(facts, o, 'neo4jGraphql'))} | ${range(ratios(facts, o, 'handwritten'))} |`,
    ),
  ];
}

const verdict = (pass: boolean) => (pass ? 'met' : '**missed**');

/** The targets of issue #13 that this benchmark measures, as this run measured them. */
function targetTable(facts: RunFacts): string[] {
  const lines = ['| operation | target | measured (this service ÷ peer) | |', '| --- | --- | --- | --- |'];
  for (const operation of facts.operations) {
    const perConcurrency = (peer: Peer, figure: (s: Summary) => number) =>
      facts.settings.concurrency.flatMap((c) => {
        const ours = find(facts.summaries, 'service', operation, c);
        const theirs = find(facts.summaries, peer, operation, c);
        return ours && theirs ? [figure(ours) / figure(theirs)] : [];
      });
    const raw = perConcurrency('raw', (s) => s.requestsPerSecond);
    const library = perConcurrency('neo4jGraphql', (s) => s.requestsPerSecond);
    const p99 = perConcurrency('raw', (s) => s.p99);
    const profile = facts.profiles[operation];
    const hits = profile ? profile.service.dbHits / profile.handwritten.dbHits : NaN;
    lines.push(`| ${operation} | req/s ≥ 0.9 × raw | ${range(raw)} | ${verdict(raw.length > 0 && Math.min(...raw) >= 0.9)} |`);
    lines.push(
      `| ${operation} | req/s ≥ 1.8 × @neo4j/graphql | ${range(library)} | ${verdict(library.length > 0 && Math.min(...library) >= 1.8)} |`,
    );
    lines.push(`| ${operation} | p99 ≤ 1.5 × raw | ${range(p99)} | ${verdict(p99.length > 0 && Math.max(...p99) <= 1.5)} |`);
    lines.push(`| ${operation} | db hits ≤ 1.1 × hand-written | ${fixed(hits, 2)} | ${verdict(hits <= 1.1)} |`);
  }
  const rss = Math.max(...facts.summaries.filter((s) => s.peer === 'service').map((s) => s.rssMb));
  lines.push(`| all | service RSS ≤ 150 MB under load | ${rss.toFixed(0)} MB (highest after a run) | ${verdict(rss <= 150)} |`);
  return lines;
}

function profileTable(facts: RunFacts): string[] {
  return [
    '| operation | this service | @neo4j/graphql | hand-written (and raw) |',
    '| --- | ---: | ---: | ---: |',
    ...facts.operations.map((o) => {
      const p = facts.profiles[o];
      const cell = (peer: Peer) => `${p[peer].dbHits}${p[peer].statements === 1 ? '' : ` (${p[peer].statements} statements)`}`;
      return `| ${o} | ${cell('service')} | ${cell('neo4jGraphql')} | ${cell('handwritten')} |`;
    }),
  ];
}

function checkLines(facts: RunFacts): string[] {
  return facts.check.map(
    (c) =>
      `- ${c.operation}: ${c.sets} variable sets (${facts.distinctSets[c.operation]} distinct), records equal on ` +
      PEERS.map((peer) => {
        const shared = c.sharedHits[peer];
        return `${PEER_LABELS[peer]} ${c.matched[peer] ?? 0}/${c.sets}${shared ? ` (returning ${shared[0]} of the service's ${shared[1]} hits)` : ''}`;
      }).join(', ') +
      '.',
  );
}

function charts(facts: RunFacts): { file: string; svg: string }[] {
  const groups = (figure: (s: Summary) => number) =>
    facts.operations.flatMap((operation) =>
      facts.settings.concurrency.map((c) => ({
        label: [operation, `${c} connections`],
        values: PEERS.map((peer) => {
          const s = find(facts.summaries, peer, operation, c);
          return s ? figure(s) : NaN;
        }),
      })),
    );
  const subtitle = `${facts.label ? `${facts.label} · ` : ''}${facts.startedAt.toISOString().slice(0, 10)}, ${facts.machine.cores} × ${facts.machine.cpu}, npm run bench:peers`;
  return [
    {
      file: 'peers-throughput.svg',
      svg: barChart({
        title: 'Requests per second (higher is better)',
        subtitle,
        unit: 'req/s',
        series: SERIES,
        groups: groups((s) => s.requestsPerSecond),
      }),
    },
    {
      file: 'peers-p99.svg',
      svg: barChart({
        title: '99th percentile latency (lower is better)',
        subtitle,
        unit: 'ms',
        series: SERIES,
        groups: groups((s) => s.p99),
      }),
    },
  ];
}

export function renderSection(facts: RunFacts): string {
  const m = facts.machine;
  const loads = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  return [
    START,
    '## GraphQL layers side by side (`npm run bench:peers`)',
    '',
    ...(facts.label ? [`> **${facts.label}.**`, ''] : []),
    `Reproduce: \`${facts.command}\`. Records checked first: \`npm run bench:peers -- --check-only\`.`,
    '',
    `Run of ${facts.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${facts.minutes.toFixed(1)} min. ` +
      `Machine: ${m.cores} × ${m.cpu}, ${m.memoryGiB.toFixed(0)} GiB; load average (1/5/15 min) ${loads(m.loadBefore)} before, ${loads(m.loadAfter)} after ` +
      '(other work on the machine counts in it; the load generator, the four servers and Neo4j share the machine).',
    '',
    `Versions: ${Object.entries(facts.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
    `Settings: ${facts.settings.rounds} interleaved round${facts.settings.rounds === 1 ? '' : 's'} × ${facts.settings.seconds} s per server, operation and concurrency ` +
      `(${facts.settings.concurrency.join(' and ')} connections), after ${facts.settings.warmUpSeconds} s of discarded warm-up per server and operation. ` +
      `Each connection cycles through the operation's ${facts.setsPerOperation} variable sets, the connections starting at evenly spaced ones.`,
    '',
    '![Requests per second per operation and server](benchmarks/peers-throughput.svg)',
    '',
    '![p99 latency per operation and server](benchmarks/peers-p99.svg)',
    '',
    '### This service against each peer (req/s ratio, per round and concurrency)',
    '',
    ...ratioTable(facts),
    '',
    '### Targets of issue #13 measured here',
    '',
    ...targetTable(facts),
    '',
    '### Every figure',
    '',
    ...throughputTable(facts),
    '',
    "Node CPU is the server process's user and system time over the run (/proc/<pid>/stat) divided by its answers; Neo4j CPU the same for the JVM" +
      (facts.neo4jCpuNote ? ` (${facts.neo4jCpuNote})` : '') +
      ". RSS is the server's resident memory after its last run of the row, peak its highest since it started (VmHWM). Errors count failed connections, non-200 answers and answers holding GraphQL errors; a run with errors is not a fair figure.",
    '',
    '### Db hits per request (PROFILE, canonical variables of examples/operations/)',
    '',
    ...profileTable(facts),
    '',
    '### Records checked',
    '',
    ...checkLines(facts),
    '',
    "Records are compared after picking each operation's fields, sorting lists the operation does not order, zipping sources, " +
      "and leaving out cursors (each server has its own). The hand-written and raw servers run the service's own search statement and describe " +
      "its hits with the service's code (`searchStatement` and `searchHits` of `src/data/search.ts`): the ranking is the service's design, not a way of " +
      'fetching. @neo4j/graphql cannot rank as the service does (tiers of how the query matches, computed over the candidates) nor serve `matchedField` ' +
      "and `snippet` (computed in JavaScript): it runs the service's Lucene query on the service's index through `@fulltext` and sorts by Lucene's score. " +
      'Its Search records are checked for the same number of hits and, for every entity both return, the same kind and fields; the order, the scores and ' +
      "which entities make the first ten are not compared, and how many of the service's hits it returned is given above.",
    '',
    '### The peers',
    '',
    '- **this service**: `node dist/main.js` as `npm run build` compiles it (production mode, no loader or source maps), `SEED_ON_START=false` on the shared database.',
    '- **@neo4j/graphql 7.6.3**: its schema generated from hand-written type definitions over the same stored graph (`bench/peers/neo4jGraphql/typeDefs.graphql`), ' +
      'served by Apollo Server 5; the documents are adapted to its schema (`bench/peers/neo4jGraphql/operations.ts`): a competition by `competitions(where:)`, awards by ' +
      "`awardsConnection` filtered on the stored level rank and the recipients' kind, search through `@fulltext` on the service's own index (the Lucene query built as the " +
      "service builds it), a page of one kind by that kind's connection with a `@cypher` field for its first outgoing facts; sources as the stored lists. " +
      'Its generated Cypher matches a field typed by the `Entity` interface once per implementing label (a UNION of eight), and computes the `@cypher` field ' +
      'for every node of the kind before it sorts and cuts the page.',
    "- **hand-written Apollo**: Apollo Server 5 on the service's schema with one hand-written statement per operation that fetches exactly the selected fields " +
      "(`bench/peers/handwritten/statements.ts`; Search runs the service's statement); default resolvers below the root field.",
    '- **raw node:http + driver**: the same statements without GraphQL; a request names the operation and its variables.',
    '',
    'All servers are compiled JavaScript, each in its own process with its own driver, on one Neo4j; only one server is loaded at a time.',
    END,
  ].join('\n');
}

/** Writes the section (replacing the previous one, or creating the page) and the plots. */
export function writeReport(facts: RunFacts): string[] {
  fs.mkdirSync(PLOTS, { recursive: true });
  const written: string[] = [];
  for (const { file, svg } of charts(facts)) {
    fs.writeFileSync(path.join(PLOTS, file), svg);
    written.push(path.relative(PROJECT_ROOT, path.join(PLOTS, file)));
  }
  const section = renderSection(facts);
  const page = fs.existsSync(DOC)
    ? fs.readFileSync(DOC, 'utf8')
    : '# Benchmarks\n\nMeasurements of the service against its peers and on larger graphs (issue #13). Each section says the command that reproduces it.\n\n';
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  const next =
    start >= 0 && end > start ? `${page.slice(0, start)}${section}${page.slice(end + END.length)}` : `${page.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(DOC, next);
  written.push(path.relative(PROJECT_ROOT, DOC));
  return written;
}
