import type { Database } from '../neo4j/driver';

/** Data access for export: the whole graph as plain property maps, in a stable order. */

export interface GraphSnapshot {
  reports: Record<string, unknown>[];
  entities: Record<string, unknown>[];
  facts: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

export async function readGraphSnapshot(db: Database): Promise<GraphSnapshot> {
  const reports = await db.read('MATCH (r:Report) RETURN properties(r) AS props ORDER BY r.id');
  const entities = await db.read('MATCH (n:Entity) RETURN properties(n) AS props ORDER BY n.id');
  const facts = await db.read(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id',
  );
  return {
    reports: reports.records.map((r) => r.get('props') as Record<string, unknown>),
    entities: entities.records.map((r) => r.get('props') as Record<string, unknown>),
    facts: facts.records.map((r) => ({
      type: r.get('type') as string,
      from: r.get('from') as string,
      to: r.get('to') as string,
      props: r.get('props') as Record<string, unknown>,
    })),
  };
}
