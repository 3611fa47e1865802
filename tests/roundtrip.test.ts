import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { computeCoverage } from '../src/seed/coverage';
import { loadDataset } from '../src/seed/dataset';
import { exportDataset } from '../src/seed/exportDataset';
import { seedGraph } from '../src/seed/seedGraph';
import { writeDataset } from '../src/seed/writeDataset';
import { clearGraph, openTestDatabase, SEED_DIR } from './support/testEnv';

/** Export is the backup path: export, then import into an empty database, gives the same graph. */
let db: Executor;
const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await seedGraph(db, SEED_DIR);
});
afterAll(async () => {
  await db.close();
  fs.rmSync(exportDir, { recursive: true, force: true });
});

it('export → import into an empty database reproduces the graph exactly', async () => {
  const original = await fingerprintGraph(db);
  const summary = await exportDataset(db, exportDir);
  expect(summary.entities + summary.reports + summary.series).toBe(original.nodes);
  expect(summary.facts).toBe(original.relationships);

  const exported = loadDataset(exportDir);
  expect(computeCoverage(exported).emptyItems).toEqual([]);

  await clearGraph(db);
  const imported = await writeDataset(db, exported);
  expect(imported.entityChanges).toEqual({ created: exported.entities.length, updated: 0, unchanged: 0, kept: 0, overwritten: 0 });
  expect(await fingerprintGraph(db)).toEqual(original);
});

it('importing the same dataset twice changes nothing and says so', async () => {
  const dataset = loadDataset(exportDir);
  const before = await fingerprintGraph(db);
  const again = await writeDataset(db, dataset);
  expect(again.entityChanges).toEqual({ created: 0, updated: 0, unchanged: dataset.entities.length, kept: 0, overwritten: 0 });
  expect(again.factChanges).toEqual({ created: 0, updated: 0, unchanged: dataset.facts.length, kept: 0, overwritten: 0 });
  expect(await fingerprintGraph(db)).toEqual(before);
});

it('counts an edited entity as updated', async () => {
  const dataset = loadDataset(exportDir);
  const college = dataset.entities.find((e) => e.id === 'org/college')!;
  college.note = 'edited by a curator';
  const result = await writeDataset(db, dataset);
  expect(result.entityChanges).toEqual({ created: 0, updated: 1, unchanged: dataset.entities.length - 1, kept: 0, overwritten: 0 });
});

it('moves a fact whose end the data corrected and creates a new one beside the stored ones, each once', async () => {
  const dataset = loadDataset(exportDir);
  const fact = dataset.facts.find((f) => f.type === 'RECEIVED')!;
  const other = dataset.entities.find((e) => e.kind === 'PERSON' && e.id !== fact.from)!;
  const added = { ...fact, id: 'fact/test-added-received', from: other.id };
  fact.from = other.id;
  dataset.facts.push(added);
  const result = await writeDataset(db, dataset);
  expect(result.factChanges).toEqual({ created: 1, updated: 1, unchanged: dataset.facts.length - 2, kept: 0, overwritten: 0 });
  const edges = await db.read('MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN r.id AS id, a.id AS from, b.id AS to ORDER BY id', {
    ids: [fact.id, added.id],
  });
  expect(edges.records.map((r) => r.toObject())).toEqual(
    [fact, added].map((f) => ({ id: f.id, from: other.id, to: f.to })).sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
  const again = await writeDataset(db, dataset);
  expect(again.factChanges).toEqual({ created: 0, updated: 0, unchanged: dataset.facts.length, kept: 0, overwritten: 0 });
  // Back to the exported graph for the tests below.
  await db.write('MATCH ()-[r]->() WHERE r.id = $id DELETE r', { id: added.id });
  await writeDataset(db, loadDataset(exportDir));
});

describe('the import and export commands', () => {
  const run = (script: string, folder: string) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script, folder], {
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NEO4J_URI: process.env.NEO4J_TEST_URI,
        NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
        LOG_LEVEL: 'warn',
      },
    });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
  };

  it('npm run import reports what it changed, and refuses an invalid folder naming the problem', async () => {
    const ok = run('src/cli/import.ts', exportDir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/entities: 0 created, \d+ updated, \d+ unchanged/);

    const before = await fingerprintGraph(db);
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-broken-'));
    fs.cpSync(exportDir, broken, { recursive: true });
    fs.appendFileSync(path.join(broken, 'reports', '2020-s1', 'section-04.yaml'), '  - id: fact/x\n    type: NOPE\n');
    const bad = run('src/cli/import.ts', broken);
    fs.rmSync(broken, { recursive: true, force: true });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('reports/2020-s1/section-04.yaml');
    expect(await fingerprintGraph(db)).toEqual(before);
  });

  it('npm run export writes a folder that validates', () => {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-cli-'));
    const result = run('src/cli/export.ts', target);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/exported \d+ entities, \d+ facts and \d+ metric series of 1 report\(s\)/);
    expect(loadDataset(target).entities.length).toBeGreaterThan(300);
    fs.rmSync(target, { recursive: true, force: true });
  });
});
