import { createHash } from 'node:crypto';
import type { Executor } from './executor';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** SHA-256 over every node's labels and properties and every relationship's type, ends and properties. */
  checksum: string;
}

/** Serialises with sorted keys so that equal graphs give equal text whatever the storage order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A content fingerprint of the whole database, for idempotency and round-trip checks. */
export async function fingerprintGraph(db: Executor): Promise<GraphFingerprint> {
  const nodes = await db.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props');
  const lines = [
    ...nodes.records.map((r) => canonical({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') })),
    ...rels.records.map((r) => canonical({ type: r.get('type'), from: r.get('from'), to: r.get('to'), props: r.get('props') })),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { nodes: nodes.records.length, relationships: rels.records.length, checksum: hash.digest('hex') };
}
