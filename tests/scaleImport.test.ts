import { generateReports, shards } from '../bench/scale/generate';
import { countGraph, importThroughProject } from '../bench/scale/load';
import { profileOf } from '../bench/scale/profile';
import type { Executor } from '../src/neo4j/executor';
import { loadDataset } from '../src/seed/dataset';
import { clearGraph, openTestDatabase, SEED_DIR } from './support/testEnv';

/**
 * `npm run bench:scale` loads a synthetic graph through the project's import path in shards of
 * consecutive reports, each one transaction; the database then holds exactly what the generator
 * made, every fact joined to the entities it names (a fact whose end is missing would be dropped
 * by the writer's MATCH, so the counts would differ), each with its sources.
 */

let db: Executor;
beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
});
afterAll(async () => {
  await clearGraph(db);
  await db.close();
});

it('imports a few thousand generated nodes in shards to exactly the generated counts, with provenance', async () => {
  const options = { nodes: 2500, relsPerNode: 3, seed: 11, profile: profileOf(loadDataset(SEED_DIR)) };
  const batches = [...generateReports(options)];
  const expected = {
    entities: batches.reduce((n, b) => n + b.entities.length, 0),
    facts: batches.reduce((n, b) => n + b.facts.length, 0),
    reports: batches.length,
  };
  const progress: number[] = [];
  const result = await importThroughProject(db, shards(batches, 1000), ({ entities, facts }) => progress.push(entities + facts));

  expect(result.transactions).toBe(3);
  expect({ entities: result.entities, facts: result.facts, reports: result.reports }).toEqual(expected);
  expect(await countGraph(db)).toEqual(expected);
  expect(progress.at(-1)).toBe(expected.entities + expected.facts);
  // Every entry keeps its sources: as many quotes as the generator gave, none lost.
  const quotes = await db.read(
    'MATCH (n:Entity) WITH sum(size(n.srcQuote)) AS e MATCH ()-[r]->() WHERE r.id STARTS WITH "fact/" RETURN e, sum(size(r.srcQuote)) AS f',
  );
  const sources = (entries: { sources: unknown[] }[]) => entries.reduce((n, e) => n + e.sources.length, 0);
  expect(Number(quotes.records[0]!.get('e'))).toBe(sources(batches.flatMap((b) => b.entities)));
  expect(Number(quotes.records[0]!.get('f'))).toBe(sources(batches.flatMap((b) => b.facts)));
});
