import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { shortValue } from '../src/cli/datasetWrite';
import { DEV_JWT_SECRET } from '../src/config';
import type { Executor } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { loadDataset } from '../src/seed/dataset';
import { deleteEntity, mergeEntities } from '../src/services/curation';
import { writeAuditedDataset } from '../src/services/seeding';
import { runCommandLine } from './support/processes';
import { clearGraph, openTestDatabase, quietLog, SEED_DIR, testConfig } from './support/testEnv';

/**
 * Seeding never silently undoes a curator: what was changed through the API since the dataset
 * was last written over it is kept and listed, unless forced; every seeding run that writes or
 * keeps anything is audited; a run that finds nothing to do changes nothing.
 */
let app: RunningApp;
let db: Executor;
let editor: string;
const dataset = loadDataset(SEED_DIR);
const college = dataset.entities.find((e) => e.id === 'org/college')!;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  // The empty database is seeded at start-up (SEED_ON_START).
  app = await startApp(testConfig(), quietLog);
  editor = await mintToken(DEV_JWT_SECRET, 'curator-ann', ['editor']);
});
afterAll(async () => {
  await app.stop();
  await db.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const auditLog = async (target: string | null, first = 1) =>
  (
    await gql(
      'query($target: ID, $first: Int) { auditLog(target: $target, first: $first) { actor operation target reason before after } }',
      {
        target,
        first,
      },
    )
  ).auditLog as { actor: string; operation: string; target: string | null; reason: string; before: string | null; after: string | null }[];

/** `npm run seed` against the test database, in its own process group. */
async function runSeed(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  const { code, output } = await runCommandLine('src/cli/seed.ts', args, {
    NEO4J_URI: process.env.NEO4J_TEST_URI!,
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    SEED_DIR,
    LOG_LEVEL: 'warn',
    ...env,
  });
  return { code, out: output };
}

const entityCounts = (created: number, updated: number, unchanged: number, kept: number, overwritten: number) => ({
  created,
  updated,
  unchanged,
  kept,
  overwritten,
});

it('audits seeding at start-up as a seed run with the dataset digest and counts', async () => {
  const [entry] = await auditLog(null);
  expect(entry).toMatchObject({ actor: 'seed', operation: 'seed', target: null, before: null });
  expect(entry!.reason).toMatch(/^dataset [0-9a-f]{12} \(start-up, SEED_ON_START\)$/);
  const after = JSON.parse(entry!.after!);
  expect(after).toMatchObject({
    dataset: expect.stringMatching(/^[0-9a-f]{64}$/),
    reports: ['report/2020-s1'],
    force: false,
    entities: entityCounts(dataset.entities.length, 0, 0, 0, 0),
    facts: entityCounts(dataset.facts.length, 0, 0, 0, 0),
    kept: [],
  });
});

it('npm run seed keeps an updateEntity made through the API, lists how it differs, and audits the run', async () => {
  await gql('mutation($input: UpdateEntityInput!) { updateEntity(id: "org/college", input: $input) { id } }', {
    input: { nameEn: 'The College', note: 'Full name not stated in the report.', reason: 'shorter gloss' },
  });

  const { code, out } = await runSeed([]);
  expect(code).toBe(0);
  expect(out).toContain(`entities: 0 created, 0 updated, ${dataset.entities.length - 1} unchanged, 1 kept as curated`);
  expect(out).toContain(`facts:    0 created, 0 updated, ${dataset.facts.length} unchanged, 0 kept as curated`);
  expect(out).toMatch(/^ {2}org\/college {2}\(updateEntity by curator-ann at \d{4}-\d\d-\d\dT[\d:.]+Z\)$/m);
  // Both values, cut short.
  expect(out).toContain(`    nameEn: graph "The College", dataset ${shortValue(college.nameEn)}`);
  expect(out).toContain(`    note: graph "Full name not stated in the report.", dataset ${shortValue(college.note)}`);
  expect(shortValue(college.note)).toMatch(/^".{40,60}…$/);
  expect(out).toContain('npm run seed -- --force');

  const entity = await gql('{ entity(id: "org/college") { nameEn note } }');
  expect(entity.entity).toEqual({ nameEn: 'The College', note: 'Full name not stated in the report.' });

  const [run] = await auditLog(null);
  expect(run).toMatchObject({ actor: 'seed', operation: 'seed', target: null });
  expect(run!.reason).toMatch(/^dataset [0-9a-f]{12} \(npm run seed by .+\)$/);
  expect(JSON.parse(run!.after!)).toMatchObject({
    entities: entityCounts(0, 0, dataset.entities.length - 1, 1, 0),
    kept: ['org/college'],
    overwritten: [],
  });
  // The curator's entry is still the newest about the entity.
  expect((await auditLog('org/college'))[0]).toMatchObject({ actor: 'curator-ann', operation: 'updateEntity' });
}, 120_000);

it('npm run seed --force writes the dataset back and audits the overwrite', async () => {
  const { code, out } = await runSeed(['--force']);
  expect(code).toBe(0);
  expect(out).toContain(
    `entities: 0 created, 0 updated, ${dataset.entities.length - 1} unchanged, 0 kept as curated, 1 curated overwritten`,
  );
  expect(out).toMatch(/Overwrote 1 curated entry with the dataset/);

  const entity = await gql('{ entity(id: "org/college") { nameEn note } }');
  expect(entity.entity).toEqual({ nameEn: college.nameEn, note: college.note });

  const [overwrite] = await auditLog('org/college');
  expect(overwrite).toMatchObject({ actor: 'seed', operation: 'seed', target: 'org/college' });
  expect(overwrite!.reason).toMatch(/--force: the dataset's value replaces updateEntity by curator-ann at /);
  expect(JSON.parse(overwrite!.before!)).toEqual({ nameEn: 'The College', note: 'Full name not stated in the report.' });
  expect(JSON.parse(overwrite!.after!)).toEqual({ nameEn: college.nameEn, note: college.note });
  const [run] = await auditLog(null, 2).then((entries) => entries.filter((e) => e.target === null));
  expect(JSON.parse(run!.after!)).toMatchObject({ force: true, overwritten: ['org/college'], kept: [] });
}, 120_000);

it('seeding a graph that already holds the dataset reports it unchanged and changes nothing, audit trail included', async () => {
  const before = await fingerprintGraph(db);
  const { code, out } = await runSeed([], { LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' });
  expect(code).toBe(0);
  expect(out).toContain(`entities: 0 created, 0 updated, ${dataset.entities.length} unchanged, 0 kept as curated`);
  expect(out).toContain(`facts:    0 created, 0 updated, ${dataset.facts.length} unchanged, 0 kept as curated`);
  expect(out).toMatch(/the graph already holds it; nothing written/);
  // Progress a person can read: n of N with the time since start.
  expect(out).toMatch(new RegExp(`^\\[ +\\d+\\.\\d s\\] entities ${dataset.entities.length} of ${dataset.entities.length}\\b`, 'm'));
  expect(out).toMatch(new RegExp(`^\\[ +\\d+\\.\\d s\\] facts ${dataset.facts.length} of ${dataset.facts.length}\\b`, 'm'));
  expect(await fingerprintGraph(db)).toEqual(before);

  const again = await writeAuditedDataset(db, dataset, { actor: 'seed', operation: 'seed', source: 'test' });
  expect(again).toMatchObject({ audited: false, kept: [], overwritten: [] });
  expect(again.entities).toEqual(entityCounts(0, 0, dataset.entities.length, 0, 0));
  expect(again.facts).toEqual(entityCounts(0, 0, dataset.facts.length, 0, 0));
  expect(await fingerprintGraph(db)).toEqual(before);
}, 120_000);

it('logs progress as JSON lines when the output is not for a person', async () => {
  const { code, out } = await runSeed([], { LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
  expect(code).toBe(0);
  const lines = out
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines).toContainEqual(
    expect.objectContaining({ msg: `facts ${dataset.facts.length} of ${dataset.facts.length}`, step: 'facts', done: dataset.facts.length }),
  );
}, 120_000);

it('does not bring back what curators deleted or merged away, nor its facts, unless forced', async () => {
  const change = { actor: 'curator-ann', reason: 'test' };
  const factsOf = (id: string) => dataset.facts.filter((f) => f.from === id || f.to === id).map((f) => f.id);
  expect(await deleteEntity(db, 'person/chen-ying', change)).toBe(true);
  expect(await mergeEntities(db, 'person/chen-qiang', 'person/gao-yuan', change)).not.toBeNull();
  const write = (force: boolean) => writeAuditedDataset(db, dataset, { actor: 'seed', operation: 'seed', source: 'test', force });

  const kept = await write(false);
  expect(kept.audited).toBe(true);
  expect(kept.entities).toEqual(entityCounts(0, 0, dataset.entities.length - 3, 3, 0));
  const keptIds = kept.kept.map((c) => c.id);
  expect(keptIds).toEqual(expect.arrayContaining(['person/chen-ying', 'person/gao-yuan', 'person/chen-qiang']));
  expect(keptIds).toEqual(expect.arrayContaining([...factsOf('person/chen-ying'), ...factsOf('person/gao-yuan')]));
  const moved = kept.kept.find((c) => c.id === factsOf('person/gao-yuan')[0])!;
  expect(moved.curated).toMatchObject({ target: 'person/gao-yuan', operation: 'mergeEntities', actor: 'curator-ann' });
  const present = await db.read('MATCH (n:Entity) WHERE n.id IN ["person/chen-ying", "person/gao-yuan"] RETURN count(n) AS n');
  expect(present.records[0]!.get('n')).toBe(0);

  const forced = await write(true);
  expect(forced.entities).toEqual(entityCounts(0, 0, dataset.entities.length - 3, 0, 3));
  expect(forced.kept).toEqual([]);
  const counts = await db.read('MATCH (n:Entity) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r');
  expect(counts.records[0]!.toObject()).toEqual({ n: dataset.entities.length, r: dataset.facts.length });

  // Restored exactly: the next run finds nothing to do.
  const before = await fingerprintGraph(db);
  expect(await write(false)).toMatchObject({ audited: false, kept: [] });
  expect(await fingerprintGraph(db)).toEqual(before);
}, 120_000);
