import { FactsDocument } from '../examples/generated/operations';
import { createApolloServer } from '../src/graphql/apollo';
import type { Executor } from '../src/neo4j/executor';
import { loadDataset, type DatasetFact } from '../src/seed/dataset';
import { exampleVariables, startTestApp, type TestApp } from './support/app';
import { runRecorded } from './support/recording';
import { openTestDatabase, quietLog, SEED_DIR } from './support/testEnv';

/** The `facts` root field: relationships listed for themselves, filtered and paged, in one statement. */

const dataset = loadDataset(SEED_DIR);
const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
/** The ids the API should list for a filter, worked out from the dataset, in the API's order. */
const expectedIds = (keep: (fact: DatasetFact) => boolean) =>
  dataset.facts
    .filter(keep)
    .map((f) => f.id)
    .sort();

let app: TestApp;
let db: Executor;
const apollo = createApolloServer({ production: false, log: quietLog });

beforeAll(async () => {
  app = await startTestApp();
  db = await openTestDatabase();
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
  await app.stop();
});

async function allIds(filter: Record<string, unknown>, first = 100): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { status, body }: { status: number; body: { data?: any; errors?: unknown } } = await app.post(
      'query ($filter: FactFilter, $first: Int, $after: String) { facts(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      { filter, first, after },
    );
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const facts = body.data!.facts as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string } }[];
    };
    ids.push(...facts.edges.map((e: any) => e.node.id));
    if (!facts.pageInfo.hasNextPage) {
      expect(facts.totalCount).toBe(ids.length);
      return ids;
    }
    after = facts.pageInfo.endCursor;
  }
}

describe('facts', () => {
  it('lists the awards received in section 四, each with both ends and its quotes (the canonical Facts operation)', async () => {
    const { facts } = await app.execute(FactsDocument, exampleVariables('Facts'));
    const expected = expectedIds((f) => f.type === 'RECEIVED' && f.sources.some((s) => s.section === '四'));
    expect(facts.totalCount).toBe(expected.length);
    expect(facts.edges.map((e) => e.node.id)).toEqual(expected);
    const silver = facts.edges.find((e) => e.node.to.id === 'award/yang-zhenhua-nsc1-silver')!.node;
    expect(silver).toMatchObject({
      type: 'RECEIVED',
      from: { id: 'person/yang-zhenhua', kind: 'PERSON', name: '杨珍华' },
      to: { name: '银牌', rankText: '银牌', wonAt: { name: '中华人民共和国第一届职业技能大赛' } },
    });
    expect(silver.sources).toContainEqual({ report: 'report/2020-s1', section: '四', item: 1, quote: '杨珍华摘得银牌' });
  });

  it("gives README's example its answer: the six awards received in item 四.1", async () => {
    const { body } = await app.post(`{ facts(filter: { types: [RECEIVED], section: 4, item: 1 }) {
      totalCount edges { node { from { name } to { name } sources { quote } } } } }`);
    const { facts } = body.data!;
    expect(facts.totalCount).toBe(6);
    expect(facts.edges.map((e: any) => `${e.node.from.name} ${e.node.to.name}`).sort()).toEqual(
      [
        '杨珍华 银牌',
        '杨珍华 全国技术能手',
        '杨珍华 入围第46届世界技能大赛国家集训队',
        '陈滢 优胜奖',
        '陈滢 全国第六名',
        '陈滢 入围第46届世界技能大赛国家集训队',
      ].sort(),
    );
    expect(facts.edges.flatMap((e: any) => e.node.sources.map((s: any) => s.quote))).toContain('杨珍华摘得银牌');
  });

  it('pages through every fact of the graph in id order without gaps or overlaps', async () => {
    const ids = await allIds({}, 100);
    expect(ids).toEqual(expectedIds(() => true));
    const { body } = await app.post('{ graphSummary { relationshipTotal } facts(first: 1) { totalCount } }');
    expect(body.data!.facts.totalCount).toBe(body.data!.graphSummary.relationshipTotal);
  });

  it('gives Relay page information on each page', async () => {
    const query =
      'query ($after: String) { facts(filter: { section: 4 }, first: 7, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }';
    const first = (await app.post(query)).body.data!.facts;
    expect(first.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[6].cursor,
    });
    const second = (await app.post(query, { after: first.pageInfo.endCursor })).body.data!.facts;
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0].cursor });
    expect(await allIds({ section: 4 }, 7)).toEqual(expectedIds((f) => f.sources.some((s) => s.section === '四')));
  });

  it.each<[string, Record<string, unknown>, (f: DatasetFact) => boolean]>([
    ['from an entity', { from: 'person/yang-zhenhua' }, (f) => f.from === 'person/yang-zhenhua'],
    [
      'to an entity, of some types',
      { to: 'competition/national-skills-competition-1', types: ['AT', 'HOSTED'] },
      (f) => f.to === 'competition/national-skills-competition-1' && ['AT', 'HOSTED'].includes(f.type),
    ],
    [
      'from kinds to kinds',
      { fromKinds: ['METRIC'], toKinds: ['ORGANIZATION', 'GROUP'] },
      (f) => kindOf.get(f.from) === 'METRIC' && ['ORGANIZATION', 'GROUP'].includes(kindOf.get(f.to)!),
    ],
    ['of a report', { report: 'report/2020-s1', types: ['COACHED'] }, (f) => f.type === 'COACHED'],
    ['quoting some words', { quoteContains: '银牌' }, (f) => f.sources.some((s) => s.quote.includes('银牌'))],
    [
      'with one source meeting section, item and words together',
      { section: 4, item: 2, quoteContains: '二等奖' },
      (f) => f.sources.some((s) => s.section === '四' && s.item === 2 && s.quote.includes('二等奖')),
    ],
    ['of the preamble', { section: 0 }, (f) => f.sources.some((s) => s.section === '前言')],
  ])('filters facts %s', async (_name, filter, keep) => {
    const expected = expectedIds(keep);
    expect(expected.length).toBeGreaterThanOrEqual(filter.section === 0 ? 0 : 1);
    expect(await allIds(filter)).toEqual(expected);
  });

  it('finds nothing for an unknown entity, report or section the report does not have', async () => {
    for (const filter of [{ from: 'person/nobody' }, { report: 'report/none' }, { section: 11 }]) expect(await allIds(filter)).toEqual([]);
  });

  it.each([
    ['{ facts(filter: { item: 1 }) { totalCount } }', 'filter.item'],
    ['{ facts(filter: { section: 4, item: 0 }) { totalCount } }', 'filter.item'],
    ['{ facts(filter: { section: 100 }) { totalCount } }', 'filter.section'],
    ['{ facts(filter: { types: [] }) { totalCount } }', 'filter.types'],
    ['{ facts(filter: { quoteContains: "  " }) { totalCount } }', 'filter.quoteContains'],
    ['{ facts(first: 0) { totalCount } }', 'first'],
    ['{ facts(first: 101) { totalCount } }', 'first'],
    ['{ facts(after: "not-a-cursor") { totalCount } }', 'after'],
  ])('refuses %s naming %s', async (query, argumentName) => {
    const { status, body } = await app.post(query);
    expect({ status, error: body.errors?.[0]?.extensions }).toMatchObject({ status: 200, error: { code: 'BAD_USER_INPUT', argumentName } });
  });

  it('runs one statement however deep the selection below both ends', async () => {
    const query = `{ facts(filter: { types: [RECEIVED], section: 4, quoteContains: "二等奖" }, first: 50) {
      totalCount pageInfo { hasNextPage }
      edges { node { id sources { quote }
        from { id ... on Person { memberOf { name } awards { name } } relations(type: HELD_ROLE) { role other { name } } }
        to { id ... on Award { recipients { name } coaches { name } wonAt { name ... on Competition { awards { id } } } } } } }
    } }`;
    const { result, recorded } = await runRecorded(apollo, db, query);
    expect(result.errors).toBeUndefined();
    expect(recorded).toHaveLength(1);
    const edges = (result.data as any).facts.edges;
    const team = edges.find((e: any) => e.node.from.id === 'person/xu-zhe');
    expect(team.node.to.recipients.map((r: any) => r.name).sort()).toEqual(['唐向东', '徐喆', '马颂赞'].sort());
    expect(team.node.from.memberOf).toEqual([{ name: '17电气AHK' }]);
  });
});
