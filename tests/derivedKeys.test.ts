import { createHash } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { entityToProperties, factToProperties } from '../src/data/codec';
import { DERIVED_PROPERTIES_VERSION, refreshDerivedProperties } from '../src/neo4j/derivedKeys';
import type { Executor } from '../src/neo4j/executor';
import { loadDataset } from '../src/seed/dataset';
import { startTestApp, type TestApp } from './support/app';
import { openTestDatabase } from './support/testEnv';

/**
 * A graph written by an older version of the service lacks the lookup and search keys the codec
 * derives today; start-up derives them, so search and lookup work without re-seeding. A graph
 * that records the current version of the derivation is not read through at start-up.
 */

/**
 * What entityToProperties and factToProperties derived for the repository's seed dataset, by
 * DERIVED_PROPERTIES_VERSION. When the codec derives something else, raise the version and add
 * its hash here (graphs of the old version are then brought up to date at their next start).
 * When only the seed data changed, replace the current version's hash instead.
 */
const DERIVATIONS: Record<number, string> = {
  1: '6491c6fd7371d9a481b4a468b4af5397be241802fd8834641626789c78f5ad1f',
};

let db: Executor;
let app: TestApp | undefined;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await app?.stop();
  await db.close();
});

const topHit = async (query: string) => {
  const { body } = await app!.post(`query($q: String!) { search(query: $q, first: 1) { entity { id } } }`, { q: query });
  return body.data!.search[0]?.entity.id;
};

it('derives missing keys at start-up and leaves a current graph alone', async () => {
  app = await startTestApp();
  await app.stop();
  // As an older version stored it: no keys on entities, no searchable role text on facts, and
  // no record of the derivation's version.
  await db.write('MATCH (n:Entity) REMOVE n.nameKeys, n.looseKeys, n.searchText');
  await db.write('MATCH ()-[r]->() REMOVE r.roleText');
  await db.write('MATCH (s:GraphState) DELETE s');

  app = await startTestApp({}, { keepGraph: true });
  expect(await topHit('法治副校长')).toBe('person/rong-luning');
  expect(await topHit('首届2020年浙江省技能大赛')).toBe('competition/zhejiang-skills-competition-2020');
  const { body } = await app.post(`{ entitiesByName(name: "浙江省技能大赛") { id } }`);
  expect(body.data!.entitiesByName).toEqual([{ id: 'competition/zhejiang-skills-competition-2020' }]);

  // Nothing left to do once the keys are current, and the graph says so.
  expect(await refreshDerivedProperties(db)).toEqual({ entities: 0, facts: 0 });
  const state = await db.read('MATCH (s:GraphState {key: "derivedProperties"}) RETURN s.version AS version');
  expect(Number(state.records[0]?.get('version'))).toBe(DERIVED_PROPERTIES_VERSION);
});

it('does not read a graph that records the current derivation through at start-up', async () => {
  await app?.stop();
  // A key removed behind the service's back stays removed: start-up trusted the record.
  await db.write('MATCH (n:Entity {id: "person/rong-luning"}) REMOVE n.looseKeys');
  app = await startTestApp({}, { keepGraph: true });
  const after = await db.read('MATCH (n:Entity {id: "person/rong-luning"}) RETURN n.looseKeys AS keys');
  expect(after.records[0]?.get('keys')).toBeNull();

  // An older record brings the full check back.
  await app.stop();
  await db.write('MATCH (s:GraphState {key: "derivedProperties"}) SET s.version = $older', { older: DERIVED_PROPERTIES_VERSION - 1 });
  app = await startTestApp({}, { keepGraph: true });
  const repaired = await db.read('MATCH (n:Entity {id: "person/rong-luning"}) RETURN n.looseKeys AS keys');
  expect(repaired.records[0]?.get('keys')).not.toBeNull();
});

it('pins what the codec derives for the seed dataset to DERIVED_PROPERTIES_VERSION', () => {
  const dataset = loadDataset(path.join(PROJECT_ROOT, 'seed'));
  const hash = createHash('sha256');
  for (const { files: _files, ...entity } of dataset.entities) hash.update(JSON.stringify(entityToProperties(entity))).update('\n');
  for (const { file: _file, ...fact } of dataset.facts) hash.update(JSON.stringify(factToProperties(fact))).update('\n');
  const derived = hash.digest('hex');
  // A failure here means the codec (or the seed data) changed: see DERIVATIONS above.
  expect({ version: DERIVED_PROPERTIES_VERSION, derived }).toEqual({
    version: DERIVED_PROPERTIES_VERSION,
    derived: DERIVATIONS[DERIVED_PROPERTIES_VERSION],
  });
});
