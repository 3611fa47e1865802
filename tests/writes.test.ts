import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import type { Executor } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { clearGraph, openTestDatabase, quietLog, testConfig } from './support/testEnv';

/** Creating, deleting and merging entities and facts, each with provenance and an audit entry. */
let app: RunningApp;
let db: Executor;
let editor: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  // 50 creates race for one id below: all of them must be admitted, none refused as overload.
  app = await startApp(testConfig({ MUTATIONS_PER_MINUTE: '100000', MAX_CONCURRENT_REQUESTS: '64' }), quietLog);
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
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] },
  };
}

const CREATE_ENTITY =
  'mutation($input: EntityInput!) { createEntity(input: $input, reason: "test") { id name nameEn sources { section item quote } } }';
const duplicateYang = {
  report: 'report/2020-s1',
  id: 'person/yang-zhenhua-duplicate',
  kind: 'PERSON',
  name: '杨珍华',
  sources: [{ section: '四', item: 2, quote: '16建筑装饰班杨珍华' }],
};

describe('createEntity', () => {
  it('creates an entity whose quotes check out, and refuses the same id again with CONFLICT', async () => {
    const created = await gql(CREATE_ENTITY, { input: duplicateYang });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createEntity).toEqual({
      id: 'person/yang-zhenhua-duplicate',
      name: '杨珍华',
      nameEn: 'Yang Zhenhua',
      sources: [{ section: '四', item: 2, quote: '16建筑装饰班杨珍华' }],
    });
    const again = await gql(CREATE_ENTITY, { input: duplicateYang });
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('refuses a quote the report does not contain, or fields of another kind, writing nothing', async () => {
    const before = await fingerprintGraph(db);
    const badQuote = await gql(CREATE_ENTITY, {
      input: { ...duplicateYang, id: 'person/x', sources: [{ section: '四', item: 2, quote: '杨珍华获得金牌' }] },
    });
    expect(badQuote.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input' });
    expect(badQuote.body.errors![0]!.extensions.problems).toEqual([
      expect.stringMatching(/quote "杨珍华获得金牌" does not occur verbatim in item 四\.2/),
    ]);
    const wrongField = await gql(CREATE_ENTITY, { input: { ...duplicateYang, id: 'person/y', rank: 'GOLD_MEDAL' } });
    expect(wrongField.body.errors![0]!.extensions.problems.join()).toMatch(/rank/);
    expect(await fingerprintGraph(db)).toEqual(before);
  });

  it('lets exactly one of 50 concurrent creates of the same id succeed; the rest get CONFLICT', async () => {
    const input = { ...duplicateYang, id: 'person/concurrent-test' };
    const results = await Promise.all(Array.from({ length: 50 }, () => gql(CREATE_ENTITY, { input })));
    const codes = results.map((r) => r.body.errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(49);
    const count = await db.read('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: 'person/concurrent-test' });
    expect(count.records[0]!.get('n')).toBe(1);
  });
});

describe('createFact, mergeEntities, deleteFact, deleteEntity', () => {
  const CREATE_FACT =
    'mutation($input: FactInput!) { createFact(input: $input, reason: "test") { id type other { id } sources { quote } } }';

  it('adds a fact whose ends exist and fit its type, and refuses one that does not fit', async () => {
    const fact = {
      report: 'report/2020-s1',
      id: 'fact/test-duplicate-member-of-class',
      type: 'MEMBER_OF',
      from: 'person/yang-zhenhua-duplicate',
      to: 'group/class-16-architectural-decoration',
      sources: [{ section: '四', item: 2, quote: '16建筑装饰班杨珍华' }],
    };
    const { body } = await gql(CREATE_FACT, { input: fact });
    expect(body.errors).toBeUndefined();
    expect(body.data.createFact).toMatchObject({
      id: fact.id,
      type: 'MEMBER_OF',
      other: { id: 'group/class-16-architectural-decoration' },
    });
    const wrong = await gql(CREATE_FACT, { input: { ...fact, id: 'fact/test-wrong', type: 'AWARDED_BY' } });
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.from' });
  });

  it('merges the duplicate into 杨珍华: facts move, sources join, the duplicate is gone, the audit keeps both', async () => {
    const before = await db.read(
      'MATCH (n:Entity {id: "person/yang-zhenhua"}) RETURN size(n.srcQuote) AS sources, COUNT { (n)--() } AS degree',
    );
    const { body } = await gql(
      'mutation { mergeEntities(keep: "person/yang-zhenhua", remove: "person/yang-zhenhua-duplicate", reason: "same person") { id aliases sources { quote } } }',
    );
    expect(body.errors).toBeUndefined();
    const merged = body.data.mergeEntities;
    expect(merged.aliases).not.toContain('杨珍华');
    expect(merged.sources.length).toBe((before.records[0]!.get('sources') as number) + 1);
    const after = await db.read(
      'MATCH (n:Entity {id: "person/yang-zhenhua"}) RETURN COUNT { (n)--() } AS degree, EXISTS { (n)-[:MEMBER_OF {id: "fact/test-duplicate-member-of-class"}]->() } AS moved',
    );
    expect(after.records[0]!.get('moved')).toBe(true);
    expect(after.records[0]!.get('degree')).toBe((before.records[0]!.get('degree') as number) + 1);
    expect((await gql('{ entity(id: "person/yang-zhenhua-duplicate") { id } }')).body.data.entity).toBeNull();
    const log = await gql('{ auditLog(target: "person/yang-zhenhua", first: 1) { operation before } }');
    expect(log.body.data.auditLog[0].operation).toBe('mergeEntities');
    expect(JSON.parse(log.body.data.auditLog[0].before).remove.id).toBe('person/yang-zhenhua-duplicate');
  });

  it('deletes a fact and an entity, reporting false for unknown ids', async () => {
    const fact = await gql('mutation { deleteFact(id: "fact/test-duplicate-member-of-class", reason: "test cleanup") }');
    expect(fact.body.data).toEqual({ deleteFact: true });
    expect((await gql('mutation { deleteFact(id: "fact/none", reason: "r") }')).body.data).toEqual({ deleteFact: false });
    const entity = await gql('mutation { deleteEntity(id: "person/concurrent-test", reason: "test cleanup") }');
    expect(entity.body.data).toEqual({ deleteEntity: true });
    expect((await gql('mutation { deleteEntity(id: "person/concurrent-test", reason: "r") }')).body.data).toEqual({ deleteEntity: false });
    const log = await gql('{ auditLog(target: "person/concurrent-test", first: 1) { operation before after } }');
    expect(log.body.data.auditLog[0]).toMatchObject({ operation: 'deleteEntity', after: null });
    expect(JSON.parse(log.body.data.auditLog[0].before).entity.name).toBe('杨珍华');
  });
});
