import { randomUUID } from 'node:crypto';
import type { Executor, Transaction } from '../neo4j/executor';
import { cypherInt } from './projection';

/** The audit trail: one AuditEntry node per change, written in the change's own transaction. */

export interface AuditInfo {
  actor: string;
  operation: string;
  target?: string | null;
  reason?: string | null;
}

export interface AuditEntryRecord {
  id: string;
  at: string;
  actor: string;
  operation: string;
  target: string | null;
  reason: string | null;
  before: string | null;
  after: string | null;
}

const asJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function recordAudit(tx: Transaction, info: AuditInfo, before: unknown, after: unknown): Promise<void> {
  await recordAudits(tx, [{ ...info, before, after }]);
}

/** Several entries in one statement (a dataset write records one per entry it changed). */
export async function recordAudits(tx: Transaction, entries: (AuditInfo & { before: unknown; after: unknown })[]): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  await tx.run('UNWIND $rows AS row CREATE (a:AuditEntry) SET a = row', {
    rows: entries.map((e) => ({
      id: randomUUID(),
      at,
      actor: e.actor,
      operation: e.operation,
      target: e.target ?? null,
      reason: e.reason ?? null,
      before: asJson(e.before),
      after: asJson(e.after),
    })),
  });
}

/**
 * Operations that write a dataset (seeding at start-up or with `npm run seed`, `npm run
 * import`, the importDataset mutation). A later dataset write supersedes an earlier one; every
 * other operation in the trail is a curator's one-by-one change, which dataset writes keep.
 */
export const DATASET_OPERATIONS: readonly string[] = ['seed', 'import', 'importDataset'];

/** The newest change made through the API to an entity or fact. */
export interface CuratorChange {
  target: string;
  actor: string;
  operation: string;
  at: string;
}

/**
 * The rule that protects curators' work from dataset writes: an entity or fact is curated when
 * the newest audit entry about it is a change through the API, not a dataset write. An entry is
 * about the id it targets; a merge is also about the entity it merged away (named in its
 * `before`). A dataset write records an entry for every entry it changes, so after a forced
 * overwrite the entity is no longer curated, until the next change through the API.
 */
export async function findCuratorChanges(tx: Transaction, ids: string[]): Promise<Map<string, CuratorChange>> {
  const wanted = new Set(ids);
  const result = await tx.run(
    `MATCH (a:AuditEntry) WHERE a.target IN $ids OR a.operation = 'mergeEntities'
     RETURN a.target AS target, a.actor AS actor, a.operation AS operation, a.at AS at,
            CASE a.operation WHEN 'mergeEntities' THEN a.before END AS merged`,
    { ids },
  );
  const newest = new Map<string, CuratorChange>();
  for (const record of result.records) {
    const entry = record.toObject() as CuratorChange & { merged: string | null };
    const about = [entry.target];
    if (entry.merged) about.push((JSON.parse(entry.merged) as { remove?: { id?: string } }).remove?.id ?? '');
    for (const id of about.filter((x) => wanted.has(x))) {
      const seen = newest.get(id);
      if (!seen || seen.at < entry.at) newest.set(id, { target: id, actor: entry.actor, operation: entry.operation, at: entry.at });
    }
  }
  return new Map([...newest].filter(([, change]) => !DATASET_OPERATIONS.includes(change.operation)));
}

/** Newest first; optionally only the changes to one entity. */
export async function listAuditEntries(db: Executor, first: number, target: string | null): Promise<AuditEntryRecord[]> {
  const result = await db.read(
    `MATCH (a:AuditEntry) WHERE $target IS NULL OR a.target = $target
     WITH a ORDER BY a.at DESC, a.id LIMIT $first
     RETURN a {.id, .at, .actor, .operation, .target, .reason, .before, .after} AS entry`,
    { target, first: cypherInt(first) },
  );
  return result.records.map((r) => {
    const e = r.get('entry') as Record<string, unknown>;
    return { target: null, reason: null, before: null, after: null, ...e } as AuditEntryRecord;
  });
}
