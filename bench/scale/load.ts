import { performance } from 'node:perf_hooks';
import { entityToProperties, factToProperties, type Props } from '../../src/data/codec';
import type { Executor } from '../../src/neo4j/executor';
import { applySchema } from '../../src/neo4j/schemaSetup';
import type { Dataset } from '../../src/seed/dataset';
import { writeAuditedDataset } from '../../src/services/seeding';
import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES } from '../../src/model/vocabulary';

/** How long a load took and what it wrote. */
export interface LoadResult {
  entities: number;
  facts: number;
  reports: number;
  /** Time spent writing (the generator's time between shards left out), and its two halves. */
  seconds: number;
  entitySeconds: number;
  factSeconds: number;
  transactions: number;
}

export type Progress = (done: { entities: number; facts: number }) => void;

const emptyResult = (): LoadResult => ({
  entities: 0,
  facts: 0,
  reports: 0,
  seconds: 0,
  entitySeconds: 0,
  factSeconds: 0,
  transactions: 0,
});

/**
 * The project's own import path: the schema as the service sets it up, then each shard of
 * consecutive reports written by `writeAuditedDataset` (what `npm run import` and the
 * importDataset mutation run), one transaction per shard, with full provenance, the derived
 * lookup and search keys, the comparison with the graph and the audit entry.
 */
export async function importThroughProject(db: Executor, datasets: Iterable<Dataset>, onProgress: Progress): Promise<LoadResult> {
  await applySchema(db);
  const result = emptyResult();
  let last: Dataset | undefined;
  for (const dataset of datasets) {
    // The planner statistics are refreshed once, after the last shard (below), not after each.
    if (last) await writeShard(db, last, result, onProgress, false);
    last = dataset;
  }
  if (last) await writeShard(db, last, result, onProgress, true);
  return result;
}

/** One shard through writeAuditedDataset, its time split at its first fact into entities and facts. */
async function writeShard(db: Executor, dataset: Dataset, result: LoadResult, onProgress: Progress, refreshStatistics: boolean) {
  const before = { entities: result.entities, facts: result.facts };
  const started = performance.now();
  let factsFrom: number | undefined;
  await writeAuditedDataset(db, dataset, {
    actor: 'cli:bench',
    operation: 'import',
    source: 'npm run bench:scale',
    refreshStatistics,
    onProgress: ({ step, done }) => {
      if (step === 'facts') factsFrom ??= performance.now();
      onProgress({
        entities: before.entities + (step === 'entities' ? done : dataset.entities.length),
        facts: before.facts + (step === 'facts' ? done : 0),
      });
    },
  });
  const ended = performance.now();
  factsFrom ??= ended;
  result.seconds += (ended - started) / 1000;
  result.entitySeconds += (factsFrom - started) / 1000;
  result.factSeconds += (ended - factsFrom) / 1000;
  result.entities += dataset.entities.length;
  result.facts += dataset.facts.length;
  result.reports += dataset.reports.length;
  result.transactions += 1;
  onProgress({ entities: result.entities, facts: result.facts });
}

/** Rows per statement (and transaction) of the plain load: the usual size for UNWIND batches. */
export const PLAIN_BATCH = 10_000;

/** An entity's own fields as stated, without sources or derived keys. */
function plainEntity(props: Props): Props {
  const kept: Props = {};
  for (const [key, value] of Object.entries(props)) {
    if (!key.startsWith('src') && !DERIVED.has(key)) kept[key] = value;
  }
  return kept;
}
const DERIVED = new Set(['aliasText', 'pinyinText', 'levelRank', 'rankOrder', 'nameKeys', 'looseKeys', 'searchText', 'roleText']);

/**
 * The floor: the same nodes (labels and stated fields) and relationships (type, ends, stated
 * fields), no provenance, no derived keys, no reports, no comparison with the graph; plain
 * `UNWIND … CREATE` in batches of PLAIN_BATCH rows, each its own transaction, with only the
 * uniqueness constraint on ids that relationships need to find their ends.
 */
export async function importPlainUnwind(db: Executor, datasets: Iterable<Dataset>, onProgress: Progress): Promise<LoadResult> {
  await db.write('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
  await db.write('CALL db.awaitIndexes(60)');
  const result = emptyResult();
  const run = async (cypher: string, rows: Props[]) => {
    for (let i = 0; i < rows.length; i += PLAIN_BATCH) {
      await db.write(cypher, { rows: rows.slice(i, i + PLAIN_BATCH) });
      result.transactions += 1;
    }
  };
  for (const dataset of datasets) {
    let started = performance.now();
    for (const kind of ENTITY_KINDS) {
      const rows = dataset.entities.filter((e) => e.kind === kind).map(({ files: _files, ...e }) => plainEntity(entityToProperties(e)));
      await run(`UNWIND $rows AS row CREATE (n:Entity:${LABEL_OF_KIND[kind]}) SET n = row`, rows);
    }
    result.entities += dataset.entities.length;
    onProgress({ entities: result.entities, facts: result.facts });
    let ended = performance.now();
    result.entitySeconds += (ended - started) / 1000;
    started = ended;
    for (const type of RELATION_TYPES) {
      const rows = dataset.facts
        .filter((f) => f.type === type)
        .map(({ file: _file, ...f }) => ({ from: f.from, to: f.to, props: plainEntity(factToProperties(f)) }));
      await run(
        `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        rows,
      );
    }
    ended = performance.now();
    result.factSeconds += (ended - started) / 1000;
    result.facts += dataset.facts.length;
    result.reports += dataset.reports.length;
    onProgress({ entities: result.entities, facts: result.facts });
  }
  result.seconds = result.entitySeconds + result.factSeconds;
  return result;
}

/** Nodes and relationships of each label and type in the database, to check a load against the generator. */
export async function countGraph(db: Executor): Promise<{ entities: number; facts: number; reports: number }> {
  const nodes = await db.read('MATCH (n:Entity) RETURN count(n) AS n');
  const reports = await db.read('MATCH (n:Report) RETURN count(n) AS n');
  const rels = await db.read('MATCH ()-[r]->() WHERE r.id STARTS WITH "fact/" RETURN count(r) AS n');
  const value = (r: typeof nodes) => Number(r.records[0]!.get('n'));
  return { entities: value(nodes), facts: value(rels), reports: value(reports) };
}
