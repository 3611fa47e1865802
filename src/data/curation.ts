import { LABEL_OF_KIND, RELATION_TYPES, type EntityKind } from '../model/vocabulary';
import type { Executor } from '../neo4j/executor';
import { recordAudit, type AuditInfo } from './audit';
import {
  entityFromProperties,
  entityToProperties,
  entityValueFromProperties,
  factToProperties,
  storedEntityValue,
  type EntityValue,
  type FactValue,
} from './codec';
import { toRelationRecord } from './entities';
import type { EntityRecord, RelationRecord } from './model';
import { recountReports } from './reportCounts';

/**
 * Data access for curators' edits to single entities; each edit and its audit entry commit
 * together. A uniqueness violation surfaces as the executor's DatabaseConflictError.
 */

export interface EntityPatch {
  nameEn?: string;
  note?: string | null;
}

export async function updateEntity(db: Executor, id: string, patch: EntityPatch, audit: AuditInfo): Promise<EntityRecord | null> {
  return db.write(async (tx) => {
    const found = await tx.run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id });
    const before = found.records[0]?.get('props') as Record<string, unknown> | undefined;
    if (!before) return null;
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    // Through the codec, so that derived keys (the searchable text holds nameEn) follow the change.
    const next = entityToProperties({ ...storedEntityValue(before), ...changes });
    const updated = await tx.run('MATCH (n:Entity {id: $id}) SET n = $next RETURN properties(n) AS props', { id, next });
    const oldValues = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k] ?? null]));
    await recordAudit(tx, { ...audit, target: id }, oldValues, changes);
    return entityFromProperties(updated.records[0]!.get('props') as Record<string, unknown>);
  });
}

/** The report's text as stored in the graph, for checking the quotes of new facts. */
export async function findReportText(db: Executor, reportId: string): Promise<string | null> {
  const result = await db.read('MATCH (r:Report {id: $id}) RETURN r.text AS text', { id: reportId });
  return (result.records[0]?.get('text') as string | undefined) ?? null;
}

export async function createEntity(db: Executor, entity: EntityValue, audit: AuditInfo): Promise<EntityRecord> {
  const props = entityToProperties(entity);
  return db.write(async (tx) => {
    // The label comes from the fixed vocabulary map, keyed by the validated kind.
    const label = LABEL_OF_KIND[entity.kind];
    const created = await tx.run(`CREATE (n:Entity:${label}) SET n = $props RETURN properties(n) AS props`, { props });
    await recountReports(tx);
    await recordAudit(tx, { ...audit, target: entity.id }, null, props);
    return entityFromProperties(created.records[0]!.get('props') as Record<string, unknown>);
  });
}

/** Kinds of the two ends, or null for a missing one. */
export async function findKinds(db: Executor, ids: string[]): Promise<Map<string, EntityKind>> {
  const result = await db.read('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.kind AS kind', { ids });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('kind') as EntityKind]));
}

export async function createFact(db: Executor, fact: FactValue, audit: AuditInfo): Promise<RelationRecord | null> {
  const props = factToProperties(fact);
  return db.write(async (tx) => {
    // The relationship type comes from the fixed vocabulary (validated as a GraphQL enum).
    const created = await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       CREATE (a)-[r:${fact.type}]->(b) SET r = $props
       RETURN { type: type(r), direction: 'OUTGOING', props: properties(r), other: properties(b) } AS relation`,
      { from: fact.from, to: fact.to, props },
    );
    const relation = created.records[0]?.get('relation');
    if (!relation) return null;
    await recountReports(tx);
    await recordAudit(tx, { ...audit, target: fact.id }, null, { type: fact.type, from: fact.from, to: fact.to, ...props });
    return toRelationRecord(relation);
  });
}

export async function deleteEntity(db: Executor, id: string, audit: AuditInfo): Promise<boolean> {
  return db.write(async (tx) => {
    const found = await tx.run(
      `MATCH (n:Entity {id: $id})
       RETURN properties(n) AS props, [(n)-[r]-(o) | { type: type(r), id: r.id, other: o.id }] AS relations`,
      { id },
    );
    const row = found.records[0];
    if (!row) return false;
    await tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
    await recountReports(tx);
    await recordAudit(tx, { ...audit, target: id }, { entity: row.get('props'), relations: row.get('relations') }, null);
    return true;
  });
}

export async function deleteFact(db: Executor, id: string, audit: AuditInfo): Promise<boolean> {
  return db.write(async (tx) => {
    // Facts are found by id across all types; deletes are rare, so the scan is acceptable.
    const found = await tx.run(
      'MATCH (a)-[r]->(b) WHERE r.id = $id WITH a, r, b, properties(r) AS props, type(r) AS type DELETE r RETURN props, type, a.id AS from, b.id AS to',
      { id },
    );
    const row = found.records[0];
    if (!row) return false;
    await recountReports(tx);
    await recordAudit(
      tx,
      { ...audit, target: id },
      { type: row.get('type'), from: row.get('from'), to: row.get('to'), ...row.get('props') },
      null,
    );
    return true;
  });
}

/**
 * Merges `removeId` into `keepId` (two nodes found to be one entity): every relationship moves to
 * the kept node, the removed node's name and aliases become aliases, its sources are appended,
 * and it is deleted. Relationships between the two are dropped. Null when either is missing or
 * their kinds differ.
 */
export async function mergeEntities(db: Executor, keepId: string, removeId: string, audit: AuditInfo): Promise<EntityRecord | null> {
  return db.write(async (tx) => {
    const found = await tx.run(
      'MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove}) WHERE k.kind = r.kind RETURN properties(k) AS keep, properties(r) AS remove',
      { keep: keepId, remove: removeId },
    );
    const row = found.records[0];
    if (!row) return null;
    await tx.run('MATCH (k:Entity {id: $keep})-[x]-(r:Entity {id: $remove}) DELETE x', { keep: keepId, remove: removeId });
    // Only the types and directions the removed node has: each statement costs a plan, and a
    // loop over the whole vocabulary made a merge 32 statements long.
    const present = await tx.run(`MATCH (r:Entity {id: $remove})-[x]-() RETURN DISTINCT type(x) AS type, startNode(x) = r AS outgoing`, {
      remove: removeId,
    });
    for (const record of present.records) {
      const type = record.get('type') as string;
      // The type is written into the statement, so it must be one of the vocabulary's own.
      if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`unknown relationship type ${type}`);
      // The old edge goes first: the new one keeps its id, which must stay unique.
      const statement = record.get('outgoing')
        ? `MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove})-[x:${type}]->(o)
           WITH k, o, x, properties(x) AS p DELETE x
           CREATE (k)-[y:${type}]->(o) SET y = p`
        : `MATCH (k:Entity {id: $keep}), (o)-[x:${type}]->(r:Entity {id: $remove})
           WITH k, o, x, properties(x) AS p DELETE x
           CREATE (o)-[y:${type}]->(k) SET y = p`;
      await tx.run(statement, { keep: keepId, remove: removeId });
    }
    // The kept entity takes the removed one's name and aliases as aliases and its sources; its
    // derived keys are recomputed by the codec.
    const keep = storedEntityValue(row.get('keep') as Record<string, unknown>);
    const remove = entityValueFromProperties(row.get('remove') as Record<string, unknown>);
    const aliases = [...new Set([...keep.aliases, remove.name, ...remove.aliases])].filter((a) => a !== keep.name);
    const next = entityToProperties({ ...keep, aliases, sources: [...keep.sources, ...remove.sources] });
    const merged = await tx.run(
      `MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove})
       SET k = $next
       DETACH DELETE r
       RETURN properties(k) AS props`,
      { keep: keepId, remove: removeId, next },
    );
    const props = merged.records[0]!.get('props') as Record<string, unknown>;
    await recountReports(tx);
    await recordAudit(tx, { ...audit, target: keepId }, { keep: row.get('keep'), remove: row.get('remove') }, props);
    return entityFromProperties(props);
  });
}
