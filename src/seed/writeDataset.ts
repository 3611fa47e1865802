import { entityToProperties, factToProperties, reportToProperties } from '../data/codec';
import type { Executor, Transaction } from '../neo4j/executor';
import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES } from '../model/vocabulary';
import type { Dataset } from './dataset';

/** All Cypher that writes a dataset lives here. Labels and types come from the vocabulary maps. */

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteSummary {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  entities: number;
  facts: number;
  /** What the write did to each entity and fact of the dataset, compared with the graph before. */
  entityChanges: ChangeCounts;
  factChanges: ChangeCounts;
}

/** Property maps compare equal when they hold the same values (absent and null are the same). */
function sameProperties(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const normal = (m: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(m)
        .filter((k) => m[k] !== null && m[k] !== undefined)
        .sort()
        .map((k) => [k, m[k]]),
    );
  return normal(a) === normal(b);
}

function classify(existing: Map<string, Record<string, unknown>>, rows: { id: string; props: Record<string, unknown> }[]): ChangeCounts {
  const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const before = existing.get(row.id);
    if (!before) counts.created++;
    else if (sameProperties(before, row.props)) counts.unchanged++;
    else counts.updated++;
  }
  return counts;
}

/**
 * Upserts the whole dataset in one transaction: either all of it lands or none of it.
 * `afterWrite` runs in that same transaction (curation records its audit entry there).
 */
export async function writeDataset(
  db: Executor,
  dataset: Dataset,
  afterWrite?: (tx: Transaction, summary: WriteSummary) => Promise<void>,
): Promise<WriteSummary> {
  const summary: WriteSummary = {
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    entities: dataset.entities.length,
    facts: dataset.facts.length,
    entityChanges: { created: 0, updated: 0, unchanged: 0 },
    factChanges: { created: 0, updated: 0, unchanged: 0 },
  };
  const entityRows = dataset.entities.map(({ files: _files, ...e }) => ({ id: e.id, kind: e.kind, props: entityToProperties(e) }));
  const factRows = dataset.facts.map(({ file: _file, ...f }) => ({ id: f.id, type: f.type, from: f.from, to: f.to, props: factToProperties(f) }));
  const tally = (result: { summary: { counters: { updates(): Record<string, number> } } }) => {
    const u = result.summary.counters.updates();
    summary.nodesCreated += u.nodesCreated ?? 0;
    summary.relationshipsCreated += u.relationshipsCreated ?? 0;
    summary.propertiesSet += u.propertiesSet ?? 0;
  };
  // Bulk work: the executor gives it DATASET_TIMEOUT_MS instead of a request's deadline.
  await db.scoped({ bulk: true }).write(async (tx) => {
    // The driver may run this again after a transient failure: count from zero each time.
    summary.nodesCreated = summary.relationshipsCreated = summary.propertiesSet = 0;
    const before = await tx.run(
      `CALL { MATCH (n:Entity) WHERE n.id IN $entityIds RETURN n.id AS id, properties(n) AS props
              UNION ALL
              MATCH ()-[r]->() WHERE r.id IN $factIds RETURN r.id AS id, properties(r) AS props }
       RETURN id, props`,
      { entityIds: entityRows.map((r) => r.id), factIds: factRows.map((r) => r.id) },
    );
    const existing = new Map(before.records.map((r) => [r.get('id') as string, r.get('props') as Record<string, unknown>]));
    summary.entityChanges = classify(existing, entityRows);
    summary.factChanges = classify(existing, factRows);
    tally(
      await tx.run('UNWIND $rows AS row MERGE (r:Report {id: row.id}) SET r = row', {
        rows: dataset.reports.map((r) => reportToProperties({ ...r, text: r.corpus.text })),
      }),
    );
    for (const kind of ENTITY_KINDS) {
      const rows = entityRows.filter((e) => e.kind === kind);
      if (rows.length === 0) continue;
      const upsert = `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props SET n:${LABEL_OF_KIND[kind]}`;
      tally(await tx.run(upsert, { rows }));
    }
    for (const type of RELATION_TYPES) {
      const rows = factRows.filter((f) => f.type === type);
      if (rows.length === 0) continue;
      // A fact whose endpoints were corrected in the data keeps its id: drop the stale edge first.
      const dropMoved = `UNWIND $rows AS row MATCH (a)-[r:${type} {id: row.id}]->(b) WHERE a.id <> row.from OR b.id <> row.to DELETE r`;
      const upsert = `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) MERGE (a)-[r:${type} {id: row.id}]->(b) SET r = row.props`;
      tally(await tx.run(dropMoved, { rows }));
      tally(await tx.run(upsert, { rows }));
    }
    await afterWrite?.(tx, summary);
  });
  return summary;
}

/** True when the graph holds no entity yet (start-up seeds only then). */
export async function isGraphEmpty(db: Executor): Promise<boolean> {
  const result = await db.read<{ found: boolean }>('OPTIONAL MATCH (n:Entity) WITH n LIMIT 1 RETURN n IS NOT NULL AS found');
  return !result.records[0]?.get('found');
}
