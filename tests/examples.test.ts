import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import {
  AwardsWonDocument,
  CompetitionResultsDocument,
  ConnectionsDocument,
  DashboardDocument,
  PersonRecordDocument,
  SearchDocument,
  TradeRecordDocument,
} from '../examples/generated/operations';
import { exampleVariables, startTestApp, type TestApp } from './support/app';

/**
 * The canonical client operations (examples/operations), run as typed documents over HTTP with
 * their variables files (the values a GraphQL IDE is given) and the answers the report gives.
 * README's "Example queries" quote these answers.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('canonical operations', () => {
  it('CompetitionResults: who won what at 中华人民共和国第一届职业技能大赛', async () => {
    const data = await app.execute(CompetitionResultsDocument, exampleVariables('CompetitionResults'));
    if (data.entity?.__typename !== 'Competition') throw new Error('expected a competition');
    const { entity } = data;
    expect(entity).toMatchObject({ name: '中华人民共和国第一届职业技能大赛', level: 'NATIONAL', place: '广州', date: '2020-12-13' });
    const won = entity.awards.map(
      (a) => `${a.recipients.map((r) => r.name).join('、')}: ${a.rankText}${a.discipline ? ` (${a.discipline})` : ''}`,
    );
    expect(won.sort()).toEqual(
      ['杨珍华: 全国技术能手', '杨珍华: 银牌 (商品展示技术)', '陈滢: 优胜奖 (3D数字游戏艺术)', '陈滢: 全国第六名 (3D数字游戏艺术)'].sort(),
    );
  });

  it('PersonRecord: 徐喆, his class, his team award, teammates and coaches', async () => {
    const { entitiesByName } = await app.execute(PersonRecordDocument, exampleVariables('PersonRecord'));
    const [xu] = entitiesByName;
    if (xu?.__typename !== 'Person') throw new Error('expected a person');
    expect(xu.pinyin).toBe('xú zhé');
    expect(xu.memberOf.map((g) => g.name)).toEqual(['17电气AHK']);
    expect(xu.awards).toHaveLength(1);
    const [award] = xu.awards;
    expect(award!.recipients.map((r) => r.name).sort()).toEqual(['唐向东', '徐喆', '马颂赞'].sort());
    expect(award!.coaches.map((c) => c.name).sort()).toEqual(['朱华德', '黄亚飞'].sort());
    expect(award!.sources.map((s) => s.quote)).toContain('获得团体二等奖');
    // README's answer: the award is named 团体二等奖; its rank text is 二等奖.
    expect(award).toMatchObject({
      name: '团体二等奖',
      rankText: '二等奖',
      wonAt: { name: '2020年全国信息产业新技术职业技能竞赛全国总决赛' },
    });
  });

  it('TradeRecord: 商品展示技术 across its six competitions, hosted by the college, with its six awards', async () => {
    const { entitiesByName } = await app.execute(TradeRecordDocument, exampleVariables('TradeRecord'));
    const [trade] = entitiesByName;
    if (trade?.__typename !== 'Trade') throw new Error('expected a trade');
    expect(trade).toMatchObject({ id: 'trade/visual-merchandising', nameEn: 'Visual Merchandising', hosts: [{ name: '学院' }] });
    expect(trade.competitions).toHaveLength(6); // README quotes these counts
    expect(trade.awards).toHaveLength(6);
    expect(trade.awards.find((a) => a.rank === 'SILVER_MEDAL')).toMatchObject({
      recipients: [{ name: '杨珍华' }],
      wonAt: { name: '中华人民共和国第一届职业技能大赛' },
    });
  });

  it('AwardsWon: international and national awards to people, highest level first', async () => {
    const { awards } = await app.execute(AwardsWonDocument, exampleVariables('AwardsWon'));
    const levels = awards.edges.map((e) => e.node.level);
    expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'INTERNATIONAL' ? -1 : 1)));
    expect(awards.totalCount).toBe(16); // README quotes this count
    expect(awards.totalCount).toBe(awards.edges.length);
    expect(awards.edges.some((e) => e.node.rankText === '银牌' && e.node.recipients[0]!.name === '杨珍华')).toBe(true);
  });

  it("Search: 裘耀东, the report's other spelling, finds the mayor 裘东耀", async () => {
    const { search } = await app.execute(SearchDocument, exampleVariables('Search'));
    expect(search[0]).toMatchObject({ kind: 'PERSON', matchedField: 'ALIAS', entity: { name: '裘东耀' } });
  });

  it('Connections: 杨珍华 and 陈滢 are two steps apart', async () => {
    const data = await app.execute(ConnectionsDocument, exampleVariables('Connections'));
    expect(new Set(data.connections.map((p) => p.length))).toEqual(new Set([2]));
    expect(data.neighbourhood?.nodes[0]?.name).toBe('徐喆');
  });

  it('Dashboard: 杨珍华 has the most awards', async () => {
    const { topPeople, byLevel } = await app.execute(DashboardDocument, exampleVariables('Dashboard'));
    expect(topPeople[0]).toMatchObject({ awardCount: 4, entity: { name: '杨珍华' } });
    expect(byLevel.reduce((sum, b) => sum + b.awardCount, 0)).toBeGreaterThan(0);
  });
});

describe('every example operation', () => {
  const dir = path.join(PROJECT_ROOT, 'examples', 'operations');
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''));

  it('has a variables file with values that answer without errors, as pasted into a GraphQL IDE', async () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const { status, body } = await app.post(fs.readFileSync(path.join(dir, `${name}.graphql`), 'utf8'), exampleVariables(name));
      expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      expect(Object.values(body.data!).every((value) => value !== null)).toBe(true);
    }
  });
});
