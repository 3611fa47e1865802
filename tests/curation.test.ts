import fs from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import { LABEL_OF_KIND } from '../src/model/vocabulary';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import type { Executor } from '../src/neo4j/executor';
import { contract, operationFor } from './support/schemaSamples';
import { clearGraph, openTestDatabase, quietLog, SEED_DIR, testConfig } from './support/testEnv';

/** Curated writes: who may make them, what they change, and that refusals change nothing. */
let app: RunningApp;
let db: Executor;
let editor: string;
let reader: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  app = await startApp(testConfig(), quietLog);
  editor = await mintToken(DEV_JWT_SECRET, 'curator-ann', ['editor']);
  reader = await mintToken(DEV_JWT_SECRET, 'reader-bob', ['reader']);
});
afterAll(async () => {
  await app.stop();
  await db.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] },
  };
}

describe('every mutation requires an editor', () => {
  it('refuses every mutation of the schema anonymously, with a bad token and without the role, changing nothing', async () => {
    // Read from the contract itself, so a mutation added later is covered without editing this test.
    const before = await fingerprintGraph(db);
    const fields = Object.values(contract.getMutationType()!.getFields());
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      const { query, variables } = operationFor('mutation', field, 'x');
      for (const [token, code, status] of [
        [undefined, 'UNAUTHENTICATED', 401],
        ['not-a-jwt', 'UNAUTHENTICATED', 401],
        [await mintToken('a-different-secret-of-enough-length!!', 'mallory', ['editor']), 'UNAUTHENTICATED', 401],
        [reader, 'FORBIDDEN', 403],
      ] as const) {
        const { status: got, body } = await gql(query, variables, token);
        expect({ field: field.name, token: token?.slice(0, 8), code: body.errors?.[0]?.extensions.code, status: got }).toEqual({
          field: field.name,
          token: token?.slice(0, 8),
          code,
          status,
        });
      }
    }
    expect(await fingerprintGraph(db)).toEqual(before);
  });
});

describe('updateEntity', () => {
  it('changes the gloss, records who, why, before and after, and shows in reads', async () => {
    const { body } = await gql(
      'mutation($input: UpdateEntityInput!) { updateEntity(id: "org/college", input: $input) { id nameEn note } }',
      { input: { nameEn: 'The College', note: 'Full name not stated in the report.', reason: 'shorter gloss' } },
      editor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateEntity).toEqual({ id: 'org/college', nameEn: 'The College', note: 'Full name not stated in the report.' });
    const log = await gql('{ auditLog(target: "org/college", first: 1) { actor operation reason before after } }');
    const [entry] = log.body.data.auditLog;
    expect(entry).toMatchObject({ actor: 'curator-ann', operation: 'updateEntity', reason: 'shorter gloss' });
    expect(JSON.parse(entry.before).nameEn).toMatch(/^The College \(/);
    expect(JSON.parse(entry.after)).toEqual({ nameEn: 'The College', note: 'Full name not stated in the report.' });
  });

  it('stores hostile strings exactly, as data', async () => {
    const hostile = `x"}) DETACH DELETE n // \` \u0060 $(rm -rf /) ' UNION MATCH (m) RETURN m`;
    const before = await gql('{ graphSummary { entityTotal relationshipTotal } }');
    const { body } = await gql(
      'mutation($input: UpdateEntityInput!) { updateEntity(id: "person/xu-zhe", input: $input) { note } }',
      { input: { note: hostile, reason: hostile } },
      editor,
    );
    expect(body.data.updateEntity.note).toBe(hostile);
    expect((await gql('{ graphSummary { entityTotal relationshipTotal } }')).body).toEqual(before.body);
    const labels = await db.read('MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels');
    expect((labels.records[0]!.get('labels') as string[]).sort()).toEqual(
      ['AuditEntry', 'Entity', 'GraphState', 'Report', 'Series', ...Object.values(LABEL_OF_KIND)].sort(),
    );
  });

  it('refuses an empty change or reason and returns null for an unknown id', async () => {
    const before = await fingerprintGraph(db);
    const empty = await gql('mutation { updateEntity(id: "org/college", input: { reason: "nothing" }) { id } }', {}, editor);
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input' });
    const noReason = await gql('mutation { updateEntity(id: "org/college", input: { nameEn: "X", reason: " " }) { id } }', {}, editor);
    expect(noReason.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.reason' });
    const unknown = await gql('mutation { updateEntity(id: "person/nobody", input: { nameEn: "X", reason: "r" }) { id } }', {}, editor);
    expect(unknown.body).toEqual({ data: { updateEntity: null } });
    expect(await fingerprintGraph(db)).toEqual(before);
  });
});

describe('importDataset', () => {
  const reportDir = path.join(SEED_DIR, 'reports', '2020-s1');
  const files = () =>
    fs
      .readdirSync(reportDir)
      .map((name) => ({ path: `reports/2020-s1/${name}`, content: fs.readFileSync(path.join(reportDir, name), 'utf8') }));

  it("imports the report's own files as unchanged, and says so", async () => {
    await clearGraph(db);
    const first = await gql(
      'mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports entities { created updated unchanged } } }',
      { files: files() },
      editor,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.importDataset.entities.created).toBeGreaterThan(300);
    const again = await gql(
      'mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports entities { created updated unchanged } facts { created updated } } }',
      { files: files() },
      editor,
    );
    expect(again.body.data.importDataset).toMatchObject({
      reports: ['report/2020-s1'],
      entities: { created: 0, updated: 0 },
      facts: { created: 0, updated: 0 },
    });
  });

  it("keeps a curator's one-by-one change unless told to force, and says what differs", async () => {
    const importing = `mutation($files: [DatasetFileInput!]!, $force: Boolean) {
      importDataset(files: $files, force: $force) {
        digest entities { created updated unchanged kept overwritten }
        kept { id entry absent differences { field graph dataset } curatedBy { actor operation } }
        overwritten { id }
      }
    }`;
    const nameEnOf = async () => (await gql('{ entity(id: "person/yang-zhenhua") { nameEn } }')).body.data.entity.nameEn as string;
    const seeded = await nameEnOf();
    const edit = await gql(
      'mutation { updateEntity(id: "person/yang-zhenhua", input: { nameEn: "Yang Zhenhua (curated)", reason: "house style" }) { id } }',
      {},
      editor,
    );
    expect(edit.body.errors).toBeUndefined();

    const kept = await gql(importing, { files: files() }, editor);
    expect(kept.body.errors).toBeUndefined();
    expect(kept.body.data.importDataset.entities).toMatchObject({ created: 0, updated: 0, kept: 1, overwritten: 0 });
    expect(kept.body.data.importDataset.kept).toEqual([
      {
        id: 'person/yang-zhenhua',
        entry: 'ENTITY',
        absent: false,
        differences: [{ field: 'nameEn', graph: JSON.stringify('Yang Zhenhua (curated)'), dataset: JSON.stringify(seeded) }],
        curatedBy: { actor: 'curator-ann', operation: 'updateEntity' },
      },
    ]);
    expect(await nameEnOf()).toBe('Yang Zhenhua (curated)');

    const forced = await gql(importing, { files: files(), force: true }, editor);
    expect(forced.body.data.importDataset.entities).toMatchObject({ kept: 0, overwritten: 1 });
    expect(forced.body.data.importDataset.overwritten).toEqual([{ id: 'person/yang-zhenhua' }]);
    expect(await nameEnOf()).toBe(seeded);
    const trail = await gql('{ auditLog(target: "person/yang-zhenhua", first: 1) { operation actor reason } }', {}, editor);
    expect(trail.body.data.auditLog[0]).toMatchObject({
      operation: 'importDataset',
      actor: 'curator-ann',
      reason: expect.stringContaining('force'),
    });

    // The forced write is a dataset write: the next import has nothing of the curator's left to keep.
    const after = await gql(importing, { files: files() }, editor);
    expect(after.body.data.importDataset.entities).toMatchObject({ updated: 0, kept: 0, overwritten: 0 });
  });

  it('refuses an invalid dataset with every problem listed, writing nothing', async () => {
    const before = await fingerprintGraph(db);
    const broken = files().map((f) =>
      f.path.endsWith('04-sai.yaml')
        ? { ...f, content: f.content.replace('quote: 商品展示技术项目选手杨珍华摘得银牌', 'quote: 商品展示技术项目选手杨珍华摘得金牌') }
        : f,
    );
    const { body } = await gql(
      'mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports } }',
      { files: broken },
      editor,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'files' });
    expect(body.errors![0]!.extensions.problems).toEqual([
      expect.stringMatching(/04-sai\.yaml.*"商品展示技术项目选手杨珍华摘得金牌" does not occur verbatim/),
    ]);
    expect(await fingerprintGraph(db)).toEqual(before);
  });

  it('refuses paths outside the dataset layout', async () => {
    const { body } = await gql(
      'mutation { importDataset(files: [{ path: "../../etc/passwd.txt", content: "x" }]) { reports } }',
      {},
      editor,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'files[0].path' });
  });
});
