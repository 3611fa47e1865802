import { refreshDerivedProperties } from '../src/neo4j/derivedKeys';
import type { Executor } from '../src/neo4j/executor';
import { startTestApp, type TestApp } from './support/app';
import { openTestDatabase } from './support/testEnv';

/**
 * A graph written by an older version of the service lacks the lookup and search keys the codec
 * derives today; start-up derives them, so search and lookup work without re-seeding.
 */

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
  // As an older version stored it: no keys on entities, no searchable role text on facts.
  await db.write('MATCH (n:Entity) REMOVE n.nameKeys, n.looseKeys, n.searchText');
  await db.write('MATCH ()-[r]->() REMOVE r.roleText');

  app = await startTestApp({}, { keepGraph: true });
  expect(await topHit('法治副校长')).toBe('person/rong-luning');
  expect(await topHit('首届2020年浙江省技能大赛')).toBe('competition/zhejiang-skills-competition-2020');
  const { body } = await app.post(`{ entitiesByName(name: "浙江省技能大赛") { id } }`);
  expect(body.data!.entitiesByName).toEqual([{ id: 'competition/zhejiang-skills-competition-2020' }]);

  // Nothing left to do once the keys are current.
  expect(await refreshDerivedProperties(db)).toEqual({ entities: 0, facts: 0 });
});
