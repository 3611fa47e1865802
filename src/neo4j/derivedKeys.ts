import { entityToProperties, factToProperties, factValueFromProperties, storedEntityValue, type Props } from '../data/codec';
import type { RelationType } from '../model/vocabulary';
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

export async function refreshDerivedProperties(db: Executor): Promise<{ entities: number; facts: number }> {
  return db.write(async (tx) => {
    const nodes = await tx.run('MATCH (n:Entity) RETURN properties(n) AS props');
    const entities = nodes.records
      .map((r) => r.get('props') as Props)
      .map((before) => ({ before, after: entityToProperties(storedEntityValue(before)) }))
      .filter(({ before, after }) => changed(before, after))
      .map(({ after }) => after);
    if (entities.length > 0) await tx.run('UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n = row', { rows: entities });
    const relationships = await tx.run(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    );
    const facts = relationships.records
      .map((r) => ({
        before: r.get('props') as Props,
        type: r.get('type') as RelationType,
        from: r.get('from') as string,
        to: r.get('to') as string,
      }))
      .map(({ before, type, from, to }) => ({ before, after: factToProperties(factValueFromProperties(type, from, to, before)) }))
      .filter(({ before, after }) => changed(before, after))
      .map(({ after }) => after);
    // Facts are rewritten rarely (once after an upgrade); finding them by id across types scans.
    if (facts.length > 0) await tx.run('UNWIND $rows AS row MATCH ()-[r]->() WHERE r.id = row.id SET r = row', { rows: facts });
    return { entities: entities.length, facts: facts.length };
  });
}
