import { entityToProperties, factToProperties, factValueFromProperties, storedEntityValue, type Props } from '../data/codec';
import { RELATION_TYPES } from '../model/vocabulary';
import type { Executor } from './executor';

/**
 * Brings the derived properties of a stored graph (search and lookup keys, sort keys) up to what
 * the storage codec derives today. Every write derives them, but a graph written by an older
 * version of the service keeps its old ones until each entry is written again; without this,
 * its entities would lack keys a new version searches by. Only entries that differ are written.
 */

/** Serialises with sorted keys, absent and null alike, so equal property maps give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Props)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const changed = (before: Props, after: Props) => canonical(before) !== canonical(after);

/**
 * Entries read per transaction: the graph is read a page at a time in id order (through the id
 * indexes), so that a large graph never sits in memory at once: read in one go, a million-node
 * graph with five million facts would bring every property of every entry into Node's heap.
 */
const PAGE = 10_000;

export async function refreshDerivedProperties(db: Executor): Promise<{ entities: number; facts: number }> {
  let entities = 0;
  for (let after = ''; ;) {
    const page = await db.read(`MATCH (n:Entity) WHERE n.id > $after RETURN properties(n) AS props ORDER BY n.id LIMIT ${PAGE}`, { after });
    const rows = page.records
      .map((r) => r.get('props') as Props)
      .map((before) => ({ before, after: entityToProperties(storedEntityValue(before)) }))
      .filter(({ before, after: next }) => changed(before, next))
      .map(({ after: next }) => next);
    if (rows.length > 0) await db.write('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n = row', { rows });
    entities += rows.length;
    if (page.records.length < PAGE) break;
    after = (page.records.at(-1)!.get('props') as Props).id as string;
  }
  let facts = 0;
  for (const type of RELATION_TYPES) {
    for (let after = ''; ;) {
      const page = await db.read(
        `MATCH (a:Entity)-[r:${type}]->(b:Entity) WHERE r.id > $after RETURN a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id LIMIT ${PAGE}`,
        { after },
      );
      const rows = page.records
        .map((r) => ({ before: r.get('props') as Props, from: r.get('from') as string, to: r.get('to') as string }))
        .map(({ before, from, to }) => ({ before, after: factToProperties(factValueFromProperties(type, from, to, before)) }))
        .filter(({ before, after: next }) => changed(before, next))
        .map(({ after: next }) => next);
      if (rows.length > 0) await db.write(`UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() SET r = row`, { rows });
      facts += rows.length;
      if (page.records.length < PAGE) break;
      after = (page.records.at(-1)!.get('props') as Props).id as string;
    }
  }
  return { entities, facts };
}
