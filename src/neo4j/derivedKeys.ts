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
 * The version of what entityToProperties and factToProperties derive. Raise it whenever they
 * derive something else (tests/derivedKeys.test.ts pins their output on the seed dataset and
 * fails until it is raised). A graph records the version its entries were last brought up to;
 * start-up reads every entry only when that record is missing or older. On a million-node graph
 * the full check takes about twenty minutes, and every write since uses the current codec.
 */
export const DERIVED_PROPERTIES_VERSION = 1;

const STATE_KEY = 'derivedProperties';

/**
 * Brings the derived properties up to date unless the graph records that they are (see
 * DERIVED_PROPERTIES_VERSION). An empty graph is trivially current and gets its record at once,
 * so a graph imported from scratch by this version never needs the full check.
 */
export async function ensureDerivedPropertiesCurrent(db: Executor): Promise<{ checked: boolean; entities: number; facts: number }> {
  const state = await db.read('MATCH (s:GraphState {key: $key}) RETURN s.version = $version AS current', {
    key: STATE_KEY,
    version: DERIVED_PROPERTIES_VERSION,
  });
  if (state.records[0]?.get('current') === true) return { checked: false, entities: 0, facts: 0 };
  const updated = await refreshDerivedProperties(db);
  await db.write('MERGE (s:GraphState {key: $key}) SET s.version = $version', { key: STATE_KEY, version: DERIVED_PROPERTIES_VERSION });
  return { checked: true, ...updated };
}

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
