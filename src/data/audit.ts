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

export async function recordAudit(tx: Transaction, info: AuditInfo, before: unknown, after: unknown): Promise<void> {
  await tx.run(
    `CREATE (a:AuditEntry {id: $id, at: $at, actor: $actor, operation: $operation, target: $target, reason: $reason, before: $before, after: $after})`,
    {
      id: randomUUID(),
      at: new Date().toISOString(),
      actor: info.actor,
      operation: info.operation,
      target: info.target ?? null,
      reason: info.reason ?? null,
      before: before === null || before === undefined ? null : JSON.stringify(before),
      after: after === null || after === undefined ? null : JSON.stringify(after),
    },
  );
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
