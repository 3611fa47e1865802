import { entityToProperties, factToProperties, reportToProperties, seriesToProperties, type Props } from '../data/codec';
import type { Executor, Transaction } from '../neo4j/executor';
import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES } from '../model/vocabulary';
import {
  datasetDigest,
  entityDifferences,
  factDifferences,
  noChanges,
  sameProperties,
  type ChangeCounts,
  type CuratorChange,
  type Difference,
  type EntryChange,
  type StoredFact,
} from './changes';
import { DatasetError, type Dataset } from './dataset';
import { contradictedInGraph, mergeEntityProps, mergeFactProps } from './reportMerge';
import { restatedUnderNewIds } from './restatedFacts';

/** All Cypher that writes a dataset lives here. Labels and types come from the vocabulary maps. */

export type { ChangeCounts, CuratorChange, EntryChange } from './changes';

export interface WriteSummary {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  entities: number;
  facts: number;
  /** SHA-256 of the dataset's content (see changes.ts), to tell which dataset a write came from. */
  digest: string;
  /** What the write did to each entity and fact of the dataset, compared with the graph before. */
  entityChanges: ChangeCounts;
  factChanges: ChangeCounts;
  /** Every entry that differed from the graph and what became of it; unchanged entries are left out. */
  changes: EntryChange[];
}

export interface WriteProgress {
  step: 'entities' | 'facts';
  /** Entries compared and, where they differed, written so far. */
  done: number;
  total: number;
}

export interface WriteOptions {
  /**
   * For the given entity and fact ids, the change through the API that no dataset write has
   * followed yet. Those entries are kept as curators left them. The audit trail knows this; the
   * caller reads it (seed/ does not reach data/). Absent: nothing is protected.
   */
  findCurated?: (tx: Transaction, ids: string[]) => Promise<Map<string, CuratorChange>>;
  /** Write the dataset over curated entries too. */
  force?: boolean;
  onProgress?: (progress: WriteProgress) => void;
  /** Runs in the same transaction after the write (curation records its audit entries there). */
  afterWrite?: (tx: Transaction, summary: WriteSummary) => Promise<void>;
}

/**
 * Rows per statement: small enough to report progress, large enough to keep statements few (a
 * million-node import with 100 would send 60,000 statements, each a round trip; bench:scale).
 * 5,000 as the plain floor's 10,000 order of magnitude: fewer statements to plan and send.
 */
const BATCH_SIZE = 5000;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) yield rows.slice(i, i + BATCH_SIZE);
}

interface EntityRow {
  id: string;
  kind: (typeof ENTITY_KINDS)[number];
  props: Props;
}
type FactRow = StoredFact & { id: string };

/**
 * The graph's current state of the dataset's entries (and of the facts they contradict), and
 * every report's semester. Facts are looked up by their type, through its id index: without a
 * type the lookup scanned every relationship of the graph on every write (PROFILE in
 * docs/benchmarks.md). A fact whose type the dataset changed is thus not found under its old
 * type and counts as created (the edge of the old type was never removed either).
 */
async function readStored(tx: Transaction, entityIds: string[], facts: Pick<FactRow, 'id' | 'type'>[]) {
  const reports = await tx.run('MATCH (r:Report) RETURN r.id AS id, r.semester AS semester');
  const entities = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props', { ids: entityIds });
  const stored = new Map<string, StoredFact>();
  for (const type of RELATION_TYPES) {
    const ids = facts.filter((f) => f.type === type).map((f) => f.id);
    if (ids.length === 0) continue;
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (a)-[r:${type} {id: id}]->(b) RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
      { ids },
    );
    for (const r of result.records) stored.set(r.get('id') as string, r.toObject() as unknown as StoredFact);
  }
  return {
    semesters: new Map(reports.records.map((r) => [r.get('id') as string, (r.get('semester') as string | null) ?? ''])),
    entities: new Map(entities.records.map((r) => [r.get('id') as string, r.get('props') as Props])),
    facts: stored,
  };
}

const isSameFact = (a: StoredFact, b: StoredFact) => a.type === b.type && a.from === b.from && a.to === b.to && sameProperties(a.props, b.props);

/**
 * A change with its differences. Those of a created entry (every field, against nothing) are
 * read by no caller on the import path and cost more than the rest of the comparison at scale
 * (bench:scale:profile), so they are worked out when first read.
 */
function entryChange(id: string, entry: EntryChange['entry'], outcome: EntryChange['outcome'], absent: boolean, differences: () => Difference[]): EntryChange {
  if (outcome !== 'created') return { id, entry, outcome, absent, differences: differences() };
  let known: Difference[] | undefined;
  return {
    id,
    entry,
    outcome,
    absent,
    get differences() {
      return (known ??= differences());
    },
  };
}

/**
 * Compares every entry with the graph. An entry that differs is created or updated, unless a
 * curator changed it through the API since the last dataset write (or deleted or merged away an
 * end of a fact): then it is kept, or overwritten when forced.
 */
function planChanges(
  entityRows: EntityRow[],
  factRows: FactRow[],
  stored: Awaited<ReturnType<typeof readStored>>,
  curated: Map<string, CuratorChange>,
  force: boolean,
) {
  const entityChanges = noChanges();
  const factChanges = noChanges();
  const changes: EntryChange[] = [];
  const outcomeOf = (mark: CuratorChange | undefined, exists: boolean): EntryChange['outcome'] =>
    mark ? (force ? 'overwritten' : 'kept') : exists ? 'updated' : 'created';
  for (const row of entityRows) {
    const before = stored.entities.get(row.id);
    if (before && sameProperties(before, row.props)) {
      entityChanges.unchanged++;
      continue;
    }
    const mark = curated.get(row.id);
    const change = entryChange(row.id, 'entity', outcomeOf(mark, !!before), !before, () => entityDifferences(before, row.props));
    if (mark) change.curated = mark;
    entityChanges[change.outcome]++;
    changes.push(change);
  }
  // An entity a curator deleted or merged away takes the dataset's facts about it along.
  const curatedAbsent = new Map(changes.filter((c) => c.absent && c.curated).map((c) => [c.id, c.curated!]));
  for (const row of factRows) {
    const before = stored.facts.get(row.id);
    if (before && isSameFact(before, row)) {
      factChanges.unchanged++;
      continue;
    }
    const mark = curated.get(row.id) ?? curatedAbsent.get(row.from) ?? curatedAbsent.get(row.to);
    const change = entryChange(row.id, 'fact', outcomeOf(mark, !!before), !before, () => factDifferences(before, row));
    if (mark) change.curated = mark;
    factChanges[change.outcome]++;
    changes.push(change);
  }
  return { entityChanges, factChanges, changes };
}

/**
 * Upserts the whole dataset in one transaction: either all of it lands or none of it. Only
 * entries that differ from the graph are written, and curated ones only when forced.
 */
export async function writeDataset(db: Executor, dataset: Dataset, options: WriteOptions = {}): Promise<WriteSummary> {
  const entityValues = dataset.entities.map(({ files: _files, ...e }) => e);
  const factValues = dataset.facts.map(({ file: _file, ...f }) => f);
  const entityRows: EntityRow[] = entityValues.map((e) => ({ id: e.id, kind: e.kind, props: entityToProperties(e) }));
  const factRows: FactRow[] = factValues.map((f) => ({ id: f.id, type: f.type, from: f.from, to: f.to, props: factToProperties(f) }));
  const reportRows = dataset.reports.map((r) => reportToProperties({ ...r, text: r.corpus.text }));
  const seriesRows = dataset.series.map(({ files: _files, ...s }) => seriesToProperties(s));
  const digest = datasetDigest({
    reports: reportRows,
    series: seriesRows,
    // Object.assign rather than rest and spread: the same maps, in a tenth of the time (V8's object
    // rest took 2.4 s for 100,000 facts in bench:scale's profile).
    entities: entityRows.map((r) => Object.assign({ kind: r.kind }, r.props)),
    facts: factRows.map((r) => Object.assign({ id: r.id, type: r.type, from: r.from, to: r.to }, r.props)),
  });
  // The driver may run this again after a transient failure: everything is counted from zero inside.
  // Bulk work: the executor gives it DATASET_TIMEOUT_MS instead of a request's deadline.
  return db.scoped({ bulk: true }).write(async (tx) => {
    // A competing claim states the same type as the fact it contradicts, so that fact is looked
    // up under this type; one of another type is then reported as not found.
    const contradicted = factValues.flatMap((f) => (f.contradicts ? [{ id: f.contradicts, type: f.type }] : []));
    const stored = await readStored(
      tx,
      entityRows.map((r) => r.id),
      [...factRows, ...contradicted],
    );
    // What other reports state about the same entries is kept (seed/reportMerge.ts).
    const ownReports = new Set(dataset.reports.map((r) => r.id));
    const semesters = new Map([...stored.semesters, ...dataset.reports.map((r) => [r.id, r.semester] as const)]);
    const problems: string[] = [];
    const datasetFactIds = new Set(factValues.map((f) => f.id));
    const mergedEntities = entityRows.map((row, i) => ({
      ...row,
      props: mergeEntityProps(entityValues[i]!, stored.entities.get(row.id), ownReports, semesters, problems, row.props),
    }));
    const mergedFacts = factRows.map((row, i) => ({
      ...row,
      props: mergeFactProps(factValues[i]!, stored.facts.get(row.id), ownReports, semesters, problems, row.props),
    }));
    for (const fact of factValues) {
      if (!fact.contradicts || datasetFactIds.has(fact.contradicts)) continue;
      const problem = contradictedInGraph(fact, stored.facts.get(fact.contradicts));
      if (problem) problems.push(problem);
    }
    // Only a new fact whose two ends were in the graph already can restate one (none on a first import).
    const restatable = factRows.filter((f) => !stored.facts.has(f.id) && stored.entities.has(f.from) && stored.entities.has(f.to));
    problems.push(...(await restatedUnderNewIds(tx, restatable)));
    if (problems.length > 0) throw new DatasetError(problems);
    const ids = [...entityRows, ...factRows].map((r) => r.id);
    const curated = options.findCurated ? await options.findCurated(tx, ids) : new Map<string, CuratorChange>();
    const plan = planChanges(mergedEntities, mergedFacts, stored, curated, options.force ?? false);
    const summary: WriteSummary = {
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      entities: entityRows.length,
      facts: factRows.length,
      digest,
      ...plan,
    };
    const toWrite = new Set(plan.changes.filter((c) => c.outcome !== 'kept').map((c) => c.id));
    const tally = (result: { summary: { counters: { updates(): Record<string, number> } } }) => {
      const u = result.summary.counters.updates();
      summary.nodesCreated += u.nodesCreated ?? 0;
      summary.relationshipsCreated += u.relationshipsCreated ?? 0;
      summary.propertiesSet += u.propertiesSet ?? 0;
    };

    tally(await tx.run('UNWIND $rows AS row MERGE (r:Report {id: row.id}) SET r = row', { rows: reportRows }));
    // Like reports, series declarations are the dataset's own: written over every time, never curated.
    if (seriesRows.length > 0) tally(await tx.run('UNWIND $rows AS row MERGE (s:Series {key: row.key}) SET s = row', { rows: seriesRows }));
    // Entries the lookup above did not find in this transaction are new: they are created
    // outright (no MERGE, no stale edge to drop), and only their properties are sent. Entries the
    // graph holds are upserted as before.
    let done = 0;
    for (const kind of ENTITY_KINDS) {
      const create = `UNWIND $rows AS props CREATE (n:Entity:${LABEL_OF_KIND[kind]}) SET n = props`;
      const upsert = `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props SET n:${LABEL_OF_KIND[kind]}`;
      for (const batch of batches(mergedEntities.filter((e) => e.kind === kind))) {
        const rows = batch.filter((r) => toWrite.has(r.id));
        const fresh = rows.filter((r) => !stored.entities.has(r.id));
        const known = rows.filter((r) => stored.entities.has(r.id));
        if (fresh.length > 0) tally(await tx.run(create, { rows: fresh.map((r) => r.props) }));
        if (known.length > 0) tally(await tx.run(upsert, { rows: known }));
        done += batch.length;
        options.onProgress?.({ step: 'entities', done, total: entityRows.length });
      }
    }
    done = 0;
    for (const type of RELATION_TYPES) {
      const create = `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`;
      // A fact whose endpoints were corrected in the data keeps its id: drop the stale edge first.
      const dropMoved = `UNWIND $rows AS row MATCH (a)-[r:${type} {id: row.id}]->(b) WHERE a.id <> row.from OR b.id <> row.to DELETE r`;
      const upsert = `UNWIND $rows AS row MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to}) MERGE (a)-[r:${type} {id: row.id}]->(b) SET r = row.props`;
      for (const batch of batches(mergedFacts.filter((f) => f.type === type))) {
        const rows = batch.filter((r) => toWrite.has(r.id));
        const fresh = rows.filter((r) => !stored.facts.has(r.id));
        const known = rows.filter((r) => stored.facts.has(r.id));
        if (fresh.length > 0) tally(await tx.run(create, { rows: fresh.map(({ from, to, props }) => ({ from, to, props })) }));
        if (known.length > 0) {
          tally(await tx.run(dropMoved, { rows: known.map(({ id, from, to }) => ({ id, from, to })) }));
          tally(await tx.run(upsert, { rows: known }));
        }
        done += batch.length;
        options.onProgress?.({ step: 'facts', done, total: factRows.length });
      }
    }
    // A series no metric names any more (renamed in the data, its points deleted by curators) goes.
    tally(await tx.run('MATCH (s:Series) WHERE NOT EXISTS { MATCH (m:Metric {series: s.key}) } DETACH DELETE s'));
    await options.afterWrite?.(tx, summary);
    return summary;
  });
}

/** True when the graph holds no entity yet (start-up seeds only then). */
export async function isGraphEmpty(db: Executor): Promise<boolean> {
  const result = await db.read<{ found: boolean }>('OPTIONAL MATCH (n:Entity) WITH n LIMIT 1 RETURN n IS NOT NULL AS found');
  return !result.records[0]?.get('found');
}

/**
 * After a bulk write Neo4j still plans with the statistics of the graph before it, and keeps
 * those plans cached: right after a first seed, one awards statement took 28,525 db hits instead
 * of 826 until the indexes were sampled again. This resamples every index and clears the plan
 * cache; it waits for the sampling, so it is bulk work.
 */
export async function refreshPlannerStatistics(db: Executor): Promise<void> {
  await db.scoped({ bulk: true }).read('CALL db.prepareForReplanning()');
}
