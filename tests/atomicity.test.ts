import type { Executor } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { loadDataset } from '../src/seed/dataset';
import { writeDataset } from '../src/seed/writeDataset';
import { clearGraph, openTestDatabase, SEED_DIR } from './support/testEnv';

/**
 * An import that fails inside Neo4j, after much of it was written, leaves nothing behind. The
 * failure is real: a temporary uniqueness constraint on person names that the data breaks
 * only at the second of two people sharing a name.
 */
let db: Executor;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await db.write('CREATE CONSTRAINT test_person_name_unique IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE');
});
afterAll(async () => {
  await db.write('DROP CONSTRAINT test_person_name_unique IF EXISTS');
  await db.close();
});

it('rolls back a dataset write that fails halfway', async () => {
  const dataset = loadDataset(SEED_DIR);
  const yang = dataset.entities.find((e) => e.id === 'person/yang-zhenhua')!;
  // Valid for the loader (a second person may share a name), refused by the constraint.
  dataset.entities.push({ ...yang, id: 'person/yang-zhenhua-namesake' });
  const before = await fingerprintGraph(db);
  await expect(writeDataset(db, dataset)).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
  expect(await fingerprintGraph(db)).toEqual(before);
  expect(before.nodes).toBe(0);
});
