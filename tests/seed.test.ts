import { fingerprintGraph } from '../src/neo4j/fingerprint';
import type { Executor } from '../src/neo4j/executor';
import { LABEL_OF_KIND, ENTITY_KINDS } from '../src/model/vocabulary';
import { DatasetError, loadDataset } from '../src/seed/dataset';
import { seedGraph } from '../src/seed/seedGraph';
import { addSectionFile, copySeed } from './support/datasetCopy';
import { clearGraph, openTestDatabase, SEED_DIR } from './support/testEnv';

let db: Executor;
beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
});
afterAll(() => db.close());

describe('seeding the graph', () => {
  it('writes exactly the entities and facts of the data files, once, however often it runs', async () => {
    const dataset = loadDataset(SEED_DIR);
    const first = await seedGraph(db, SEED_DIR);
    expect(first.nodesCreated).toBe(dataset.entities.length + dataset.reports.length + dataset.series.length);
    expect(first.relationshipsCreated).toBe(dataset.facts.length);
    const afterFirst = await fingerprintGraph(db);

    const second = await seedGraph(db, SEED_DIR);
    expect(second.nodesCreated).toBe(0);
    expect(second.relationshipsCreated).toBe(0);
    expect(await fingerprintGraph(db)).toEqual(afterFirst);

    for (const kind of ENTITY_KINDS) {
      const result = await db.read(`MATCH (n:${LABEL_OF_KIND[kind]}) RETURN count(n) AS n`);
      expect({ kind, count: result.records[0]!.get('n') }).toEqual({
        kind,
        count: dataset.entities.filter((e) => e.kind === kind).length,
      });
    }
    expect(afterFirst.relationships).toBe(dataset.facts.length);
  });

  it('stores provenance on every node and every relationship', async () => {
    const bare = await db.read(
      `CALL { MATCH (n:Entity) WHERE size(coalesce(n.srcQuote, [])) = 0 RETURN count(n) AS c
              UNION ALL MATCH ()-[r]->() WHERE size(coalesce(r.srcQuote, [])) = 0 RETURN count(r) AS c }
       RETURN sum(c) AS missing`,
    );
    expect(bare.records[0]!.get('missing')).toBe(0);
  });

  it('rejects an invalid dataset before writing anything', async () => {
    const before = await fingerprintGraph(db);
    const copy = copySeed();
    try {
      // One valid new entity and one broken fact: neither may land.
      addSectionFile(
        copy.report,
        '99-test.yaml',
        `section: 四
entities:
  - id: competition/test-only
    kind: COMPETITION
    name: 测试
    nameEn: Test
    sources: [{ item: 1, quote: 中华人民共和国第一届职业技能大赛 }]
facts:
  - id: fact/test-broken
    type: AT
    from: competition/test-only
    to: competition/test-only
    sources: [{ item: 1, quote: 中华人民共和国第一届职业技能大赛 }]
`,
      );
      await expect(seedGraph(db, copy.dir)).rejects.toThrow(DatasetError);
    } finally {
      copy.cleanup();
    }
    expect(await fingerprintGraph(db)).toEqual(before);
  });
});
