import type { ManagedTransaction } from 'neo4j-driver';
import { recordAudit, type AuditInfo } from '../data/audit';
import { translateDriverError, type Database } from '../neo4j/driver';
import { toProvenanceProperties } from '../model/provenance';
import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES, levelRank, rankOrder } from '../model/vocabulary';
import type { Dataset, DatasetEntity, DatasetFact } from './dataset';

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

/** The node's properties: scalar fields as given, derived sort keys, provenance as parallel lists. */
export function entityProperties(entity: DatasetEntity): Record<string, unknown> {
  const { sources, aliases, files: _files, pinyin, ...fields } = entity;
  const props: Record<string, unknown> = {
    ...fields,
    aliases,
    // The full-text index reads strings, not lists.
    aliasText: aliases.join(' '),
    ...toProvenanceProperties(sources),
  };
  if (pinyin) {
    props.pinyin = pinyin.marked;
    props.pinyinPlain = pinyin.plain;
    props.pinyinInitials = pinyin.initials;
    // What the search index reads: syllables, the name as one word, initials, the given name.
    const [, ...given] = pinyin.plain.split(' ');
    props.pinyinText = [pinyin.plain, pinyin.plain.replace(/ /g, ''), pinyin.initials, given.join('')].join(' ');
  }
  if ('level' in entity && entity.level) props.levelRank = levelRank(entity.level);
  if ('rank' in entity && entity.rank) props.rankOrder = rankOrder(entity.rank);
  return props;
}

export function factProperties(fact: DatasetFact): Record<string, unknown> {
  const { sources, file: _file, from: _from, to: _to, type: _type, ...fields } = fact;
  return { ...fields, ...toProvenanceProperties(sources) };
}

/**
 * Upserts the whole dataset in one transaction: either all of it lands or none of it. With
 * `audit`, an audit entry recording the summary commits in the same transaction.
 */
export async function writeDataset(db: Database, dataset: Dataset, audit?: AuditInfo): Promise<WriteSummary> {
  const session = db.driver.session({ database: db.database });
  const summary: WriteSummary = {
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    entities: dataset.entities.length,
    facts: dataset.facts.length,
    entityChanges: { created: 0, updated: 0, unchanged: 0 },
    factChanges: { created: 0, updated: 0, unchanged: 0 },
  };
  const entityRows = dataset.entities.map((e) => ({ id: e.id, kind: e.kind, props: entityProperties(e) }));
  const factRows = dataset.facts.map((f) => ({ id: f.id, type: f.type, from: f.from, to: f.to, props: factProperties(f) }));
  const tally = (result: { summary: { counters: { updates(): Record<string, number> } } }) => {
    const u = result.summary.counters.updates();
    summary.nodesCreated += u.nodesCreated ?? 0;
    summary.relationshipsCreated += u.relationshipsCreated ?? 0;
    summary.propertiesSet += u.propertiesSet ?? 0;
  };
  try {
    await session.executeWrite(async (tx: ManagedTransaction) => {
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
          rows: dataset.reports.map((r) => ({
            id: r.id,
            title: r.title,
            titleEn: r.titleEn,
            period: r.period,
            sha256: r.sha256,
            text: r.corpus.text,
          })),
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
      if (audit) {
        const reports = dataset.reports.map((r) => r.id);
        await recordAudit(tx, audit, null, { reports, entities: summary.entityChanges, facts: summary.factChanges });
      }
    });
  } catch (err) {
    translateDriverError(err);
  } finally {
    await session.close();
  }
  return summary;
}

/** True when the graph holds no entity yet (start-up seeds only then). */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  const result = await db.read<{ found: boolean }>('OPTIONAL MATCH (n:Entity) WITH n LIMIT 1 RETURN n IS NOT NULL AS found');
  return !result.records[0]?.get('found');
}
