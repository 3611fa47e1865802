import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { loadDataset } from '../src/seed/dataset';
import { killEverything } from './faults/cleanup';
import { progress, silence } from './faults/report';
import { startDatabase } from './scale/database';
import { generateReports, shards } from './scale/generate';
import { countGraph, importPlainUnwind, importThroughProject, type LoadResult } from './scale/load';
import { measureLatencies, type LatencyResult } from './scale/latency';
import { profileOf } from './scale/profile';
import { progressBar } from './scale/progressBar';
import { renderResults, type ScaleRun } from './scale/report';
import { Shape, shapeTable } from './scale/shape';

const USAGE = `Usage: npm run bench:scale -- [--nodes 1000000] [--rels-per-node 5] [--seed 1] [options]

Generates a synthetic graph shaped like the report (deterministic for a seed), loads it into a
fresh bundled Neo4j through the project's import path (full provenance, derived keys, audit)
and, into another fresh one, with a plain batched UNWIND … CREATE of the same nodes and
relationships; then serves it with the built service and measures lookups, a who-won filter,
an entity page and search beside the same operations on a seed-size synthetic graph.

  --nodes N            entities of the synthetic graph (1000000)
  --rels-per-node R    facts per entity (5)
  --seed S             seed of the generator (1)
  --shard-entities E   entities per import transaction (20000)
  --skip-plain         leave out the plain UNWIND load
  --skip-latency       leave out the latency phase
  --port P             first Bolt port of the bench's Neo4j instances (7720; it uses P and P+1)
  --heap-mb M          Neo4j heap (4096)   --pagecache-mb M   Neo4j page cache (2048)
  --seconds S          seconds per measured latency run (15)
  --write              write the results into bench/RESULTS.md and docs/benchmarks.md
  --help               print this`;

function options() {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '1000000' },
      'rels-per-node': { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      'shard-entities': { type: 'string', default: '20000' },
      'skip-plain': { type: 'boolean', default: false },
      'skip-latency': { type: 'boolean', default: false },
      port: { type: 'string', default: '7720' },
      'heap-mb': { type: 'string', default: '4096' },
      'pagecache-mb': { type: 'string', default: '2048' },
      seconds: { type: 'string', default: '15' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min) {
      console.error(`--${name} must be a number of at least ${min}\n\n${USAGE}`);
      process.exit(2);
    }
    return value;
  };
  return {
    nodes: Math.floor(number('nodes', 10)),
    relsPerNode: number('rels-per-node', 0),
    seed: Math.floor(number('seed', 0)),
    shardEntities: Math.floor(number('shard-entities', 100)),
    port: Math.floor(number('port', 1024)),
    heapMb: Math.floor(number('heap-mb', 256)),
    pageCacheMb: Math.floor(number('pagecache-mb', 16)),
    seconds: number('seconds', 1),
    skipPlain: values['skip-plain'],
    skipLatency: values['skip-latency'],
    write: values.write,
  };
}

async function main(): Promise<void> {
  const opts = options();
  const seedDataset = loadDataset(path.join(PROJECT_ROOT, 'seed'));
  const profile = profileOf(seedDataset);
  const generator = (nodes: number) => ({ nodes, relsPerNode: opts.relsPerNode, seed: opts.seed, profile });
  const command = `npm run bench:scale -- --nodes ${opts.nodes} --rels-per-node ${opts.relsPerNode} --seed ${opts.seed}`;
  const run: ScaleRun = {
    command,
    startedAt: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: os.totalmem() / 2 ** 30,
      node: process.version,
    },
    loadBefore: os.loadavg(),
    options: opts,
  };

  progress(`shape: generating ${opts.nodes} nodes (${opts.relsPerNode} facts per node, seed ${opts.seed})…`);
  const shape = new Shape();
  for (const batch of generateReports(generator(opts.nodes))) shape.add(batch.entities, batch.facts);
  run.shape = shapeTable(
    ['the report (seed/)', new Shape().add(seedDataset.entities, seedDataset.facts)],
    [`synthetic, ${opts.nodes} nodes`, shape],
  );
  console.log(run.shape);
  const expectedBig = { entities: shape.entities, facts: shape.facts };
  const countOf = (options: ReturnType<typeof generator>) => {
    const small = new Shape();
    for (const batch of generateReports(options)) small.add(batch.entities, batch.facts);
    return { entities: small.entities, facts: small.facts };
  };

  const load = async (label: string, port: number, loader: typeof importThroughProject, keep: boolean, nodes = opts.nodes) => {
    const database = await startDatabase({ port, heapMb: opts.heapMb, pageCacheMb: opts.pageCacheMb }, label);
    try {
      const expected = nodes === opts.nodes ? expectedBig : countOf(generator(nodes));
      const bar = progressBar(label, expected.entities, expected.facts);
      const result: LoadResult = await loader(database.db, shards(generateReports(generator(nodes)), opts.shardEntities), bar.update);
      bar.done();
      const counted = await countGraph(database.db);
      if (counted.entities !== expected.entities || counted.facts !== expected.facts) {
        throw new Error(
          `${label}: the database holds ${counted.entities} entities and ${counted.facts} facts, the generator made ${expected.entities} and ${expected.facts}`,
        );
      }
      progress(
        `${label}: ${result.entities} entities in ${result.entitySeconds.toFixed(1)} s, ${result.facts} relationships in ${result.factSeconds.toFixed(1)} s (${result.transactions} transactions); counts checked`,
      );
      if (!keep) await database.stop();
      return { result, database: keep ? database : undefined };
    } catch (err) {
      await database.stop();
      throw err;
    }
  };

  const out = path.join(PROJECT_ROOT, 'bench', 'scale', 'last-run.json');
  // Written after every phase: a long run that is stopped still leaves what it measured.
  const save = () => fs.writeFileSync(out, `${JSON.stringify(run, null, 2)}\n`);
  if (!opts.skipPlain) {
    run.plain = (await load('plain UNWIND', opts.port, importPlainUnwind, false)).result;
    run.loadAfterPlain = os.loadavg();
    save();
  }
  const imported = await load('import path', opts.port + 1, importThroughProject, !opts.skipLatency);
  run.imported = imported.result;
  run.loadAfterImport = os.loadavg();
  save();

  if (imported.database) {
    const big: LatencyResult = await measureLatencies(imported.database, generator(opts.nodes), opts.seconds, `${opts.nodes} nodes`);
    await imported.database.stop();
    run.latency = { big, seedSize: profile.entities };
    save();
    const seedSize = profile.entities;
    const small = await load('seed size', opts.port, importThroughProject, true, seedSize);
    const smallLatency = await measureLatencies(small.database!, generator(seedSize), opts.seconds, `${seedSize} nodes`);
    await small.database!.stop();
    run.latency = { big, small: smallLatency, seedSize };
    run.loadAfterLatency = os.loadavg();
  }
  run.finishedAt = new Date().toISOString();
  const rendered = renderResults(run);
  console.log(rendered.summary);
  save();
  progress(`wrote ${path.relative(PROJECT_ROOT, out)}`);
  if (opts.write) rendered.write();
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    silence();
    console.error(`\n${signal}: stopping everything the run started…`);
    void killEverything().finally(() => process.exit(130));
  });
}

main()
  .then(async () => {
    await killEverything();
    process.exit(0);
  })
  .catch(async (err: unknown) => {
    if (interrupted) return;
    console.error(err);
    const left = await killEverything();
    if (left.length > 0) console.error(`could not stop: ${left.join(', ')}`);
    process.exit(1);
  });
