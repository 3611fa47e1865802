import type { Database } from '../neo4j/driver';
import { recordAudit, type AuditInfo } from './audit';
import { toEntityRecord } from './entities';
import type { EntityRecord } from './model';

/** Data access for curators' edits to single entities; each edit and its audit entry commit together. */

export interface EntityPatch {
  nameEn?: string;
  note?: string | null;
}

export async function updateEntity(db: Database, id: string, patch: EntityPatch, audit: AuditInfo): Promise<EntityRecord | null> {
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
      const before = found.records[0]?.get('props') as Record<string, unknown> | undefined;
      if (!before) return null;
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const updated = await tx.run('MATCH (n:Entity {id: $id}) SET n += $changes RETURN properties(n) AS props', { id, changes });
      const oldValues = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k] ?? null]));
      await recordAudit(tx, { ...audit, target: id }, oldValues, changes);
      return toEntityRecord(updated.records[0]!.get('props') as Record<string, unknown>);
    });
  } finally {
    await session.close();
  }
}
