import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ProfiledPlan } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { PROPERTIES_ONLY } from '../../src/data/projection';
import { searchStatement } from '../../src/data/search';
import { loadDataset } from '../../src/seed/dataset';
import { killEverything } from '../faults/cleanup';
import { startDatabase } from './database';
import { generateReports, shards } from './generate';
import { variableSets } from './latency';
import { importThroughProject } from './load';
import { profileOf } from './profile';

const USAGE = `Usage: npm run bench:scale:search -- <nodes> [<nodes> …]

Where search's time goes as the graph grows. For each size, imports the synthetic graph of
npm run bench:scale (seed 1, 5 facts per node) into a fresh bundled Neo4j through the project's
import path, then for each query of that bench's search variable sets prints: the median time
of the whole search statement, of its entity full-text call alone and of its role full-text call
alone (7 runs each, warm), the statement's PROFILE db hits, and how many nodes match its Lucene
query (what Lucene scores to find its 100 best). Example: npm run bench:scale:search -- 367 300000`;

const RUNS = 7;

const dbHits = (plan: ProfiledPlan | false): number =>
  plan ? plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0) : 0;

async function profileSearch(nodes: number, port: number): Promise<void> {
  const profile = profileOf(loadDataset(path.join(PROJECT_ROOT, 'seed')));
  const options = { nodes, relsPerNode: 5, seed: 1, profile };
  const database = await startDatabase({ port, heapMb: 2048, pageCacheMb: 1024 }, `search-${nodes}`);
  try {
    const started = performance.now();
    await importThroughProject(database.db, shards(generateReports(options), 20_000), () => undefined);
    console.error(`${nodes} nodes imported in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const median = async (cypher: string, params: Record<string, unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await database.db.read(cypher, params);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!.toFixed(1);
    };
    console.log(
      '| nodes | query | whole statement ms | entity full-text call ms | role full-text call ms | db hits | nodes matching the Lucene query |',
    );
    console.log('|---:|---|---:|---:|---:|---:|---:|');
    for (const query of variableSets(options).search.map((v) => v.query as string)) {
      const statement = searchStatement(query, null, 10, PROPERTIES_ONLY)!;
      // searchStatement adds the index names, the Lucene query and the candidate limit first.
      const [index, roleIndex, lucene, limit] = Object.keys(statement.params);
      const entityCall = `CALL db.index.fulltext.queryNodes($${index}, $${lucene}, {limit: $${limit}}) YIELD node RETURN count(*) AS n`;
      const roleCall = `CALL db.index.fulltext.queryRelationships($${roleIndex}, $${lucene}, {limit: $${limit}}) YIELD relationship RETURN count(*) AS n`;
      const matching = await database.db.read(
        `CALL db.index.fulltext.queryNodes($${index}, $${lucene}) YIELD node RETURN count(*) AS n`,
        statement.params,
      );
      const profiled = await database.db.read(`PROFILE ${statement.cypher}`, statement.params);
      console.log(
        `| ${nodes} | ${query} | ${await median(statement.cypher, statement.params)} | ${await median(entityCall, statement.params)} | ` +
          `${await median(roleCall, statement.params)} | ${dbHits(profiled.summary.profile)} | ${matching.records[0]!.get('n')} |`,
      );
    }
  } finally {
    await database.stop();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.map(Number);
  if (args.length === 0 || args.includes('--help') || sizes.some((n) => !Number.isInteger(n) || n < 10)) {
    console.log(USAGE);
    process.exit(args.includes('--help') ? 0 : 2);
  }
  for (const [i, nodes] of sizes.entries()) await profileSearch(nodes, 7730 + i);
}

main().then(
  () => process.exit(0),
  async (err: unknown) => {
    console.error(err);
    await killEverything();
    process.exit(1);
  },
);
