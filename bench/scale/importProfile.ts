import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config';
import type { Executor, Transaction } from '../../src/neo4j/executor';
import { applySchema } from '../../src/neo4j/schemaSetup';
import { loadDataset } from '../../src/seed/dataset';
import { writeAuditedDataset } from '../../src/services/seeding';
import { killEverything } from '../faults/cleanup';
import { progress } from '../faults/report';
import { startDatabase } from './database';
import { generateReports, shards } from './generate';
import { importPlainUnwind } from './load';
import { profileOf } from './profile';

/**
 * Where the import path's time goes (`node --import tsx bench/scale/importProfile.ts --nodes 40000`): the
 * synthetic graph of bench:scale written shard by shard through writeAuditedDataset into a fresh
 * bundled Neo4j, every statement timed from sending to its summary and grouped by its text, the
 * rest of each shard's time being Node's own work; then the plain floor of the same graph into
 * another. Run it under `node --cpu-prof` to see which Node functions the rest is.
 */

type Timings = Map<string, { count: number; ms: number; rows: number }>;

/** The statement's shape: labels and types folded, so that one statement per kind counts once. */
const shapeOf = (cypher: string) =>
  cypher
    .replace(/:`?[A-Z][A-Za-z_]*`?/g, ':T')
    .replace(/\s+/g, ' ')
    .slice(0, 110);

function timedExecutor(db: Executor, timings: Timings): Executor {
  const time = async <T>(cypher: string, params: Record<string, unknown> | undefined, run: () => Promise<T>) => {
    const started = performance.now();
    const result = await run();
    const entry = timings.get(shapeOf(cypher)) ?? { count: 0, ms: 0, rows: 0 };
    entry.count += 1;
    entry.ms += performance.now() - started;
    const rows = params?.rows ?? params?.ids;
    entry.rows += Array.isArray(rows) ? rows.length : 0;
    timings.set(shapeOf(cypher), entry);
    return result;
  };
  const wrapTx = (tx: Transaction): Transaction => ({
    run: (cypher, params) => time(cypher, params, () => tx.run(cypher, params)),
  });
  const wrap =
    (mode: 'read' | 'write') =>
    (work: unknown, params?: Record<string, unknown>): Promise<never> =>
      typeof work === 'string'
        ? time(work, params, () => db[mode](work, params) as Promise<never>)
        : (async () => {
            // From the end of the work to the end of the transaction: the commit, index updates included.
            let workDone = 0;
            const result = await db[mode](async (tx: Transaction) => {
              const value = await (work as (tx: Transaction) => Promise<unknown>)(wrapTx(tx));
              workDone = performance.now();
              return value;
            });
            const entry = timings.get('(commit)') ?? { count: 0, ms: 0, rows: 0 };
            entry.count += 1;
            entry.ms += performance.now() - workDone;
            timings.set('(commit)', entry);
            return result as never;
          })();
  return {
    database: db.database,
    read: wrap('read'),
    write: wrap('write'),
    scoped: (scope) => timedExecutor(db.scoped(scope), timings),
    verifyConnectivity: () => db.verifyConnectivity(),
    close: () => db.close(),
  } as Executor;
}

async function main() {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '40000' },
      'shard-entities': { type: 'string', default: '20000' },
      port: { type: 'string', default: '7725' },
      'skip-plain': { type: 'boolean', default: false },
    },
  });
  const nodes = Number(values.nodes);
  const port = Number(values.port);
  const profile = profileOf(loadDataset(path.join(PROJECT_ROOT, 'seed')));
  const generator = { nodes, relsPerNode: 5, seed: 1, profile };
  const datasets = [...shards(generateReports(generator), Number(values['shard-entities']))];
  progress(`generated ${datasets.length} shards of ${nodes} nodes`);

  const database = await startDatabase({ port, heapMb: 2048, pageCacheMb: 1024 }, 'profile import');
  let importSeconds = 0;
  try {
    await applySchema(database.db);
    for (const [i, dataset] of datasets.entries()) {
      const timings: Timings = new Map();
      const started = performance.now();
      await writeAuditedDataset(timedExecutor(database.db, timings), dataset, {
        actor: 'cli:bench',
        operation: 'import',
        source: 'profile',
        // As bench:scale loads: the statistics are refreshed after the last shard only.
        refreshStatistics: i === datasets.length - 1,
      });
      const total = performance.now() - started;
      importSeconds += total / 1000;
      const inStatements = [...timings.values()].reduce((sum, t) => sum + t.ms, 0);
      console.log(
        `\nshard ${i + 1}: ${dataset.entities.length} entities, ${dataset.facts.length} facts in ${(total / 1000).toFixed(1)} s; statements ${(inStatements / 1000).toFixed(1)} s, Node and round trips outside statements ${((total - inStatements) / 1000).toFixed(1)} s`,
      );
      for (const [shape, t] of [...timings].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(
          `${(t.ms / 1000).toFixed(2).padStart(7)} s ${String(t.count).padStart(5)}× ${String(t.rows).padStart(7)} rows  ${shape}`,
        );
      }
    }
  } finally {
    await database.stop();
  }
  const entries = datasets.reduce((n, d) => n + d.entities.length + d.facts.length, 0);
  console.log(`\nimport path: ${importSeconds.toFixed(1)} s, ${Math.round(entries / importSeconds)} entries/s`);
  if (values['skip-plain']) return;
  const plainDb = await startDatabase({ port: port + 1, heapMb: 2048, pageCacheMb: 1024 }, 'profile plain');
  try {
    const plain = await importPlainUnwind(plainDb.db, datasets, () => undefined);
    console.log(
      `plain floor: ${plain.seconds.toFixed(1)} s, ${Math.round(entries / plain.seconds)} entries/s; import ÷ floor ${(plain.seconds / importSeconds).toFixed(2)}`,
    );
  } finally {
    await plainDb.stop();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void killEverything().finally(() => process.exit(130)));
}

main()
  .then(async () => {
    await killEverything();
    process.exit(0);
  })
  .catch(async (err: unknown) => {
    console.error(err);
    await killEverything();
    process.exit(1);
  });
