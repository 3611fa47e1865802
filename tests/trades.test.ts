import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { startTestApp, type TestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

/**
 * Trades (赛项) as entities, asked about through the public API the way a front end would: which
 * trades the college hosted and where, everything about one trade, who won in it, and finding it
 * by name. Answers are checked against the report's own sentences.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const report = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'), 'utf8');
/** The report's sentences (and semicolon-separated clauses), for checking an answer against what it says. */
const clauses = report.split(/[。；\n]/);

const query = async (text: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await app.post(text, variables);
  if (status !== 200 || body.errors) throw new Error(JSON.stringify(body.errors ?? status));
  return body.data!;
};

const VISUAL_MERCHANDISING = 'trade/visual-merchandising';

/** The GraphQL block that follows a bold heading of README's "Example queries". */
const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const readmeExample = (heading: string) => {
  const at = readme.indexOf(`**${heading}**\n\n\`\`\`graphql\n`);
  if (at === -1) throw new Error(`README has no example under "${heading}"`);
  const start = readme.indexOf('\n', readme.indexOf('```graphql', at)) + 1;
  return readme.slice(start, readme.indexOf('```', start));
};

describe('trades the college hosted', () => {
  it("lists the trades the college hosted, each with the competition it was hosted at (README's example)", async () => {
    const data = await query(readmeExample('Trades (赛项): which did the college host, and at which competition?'));
    const hosted: { __typename: string; name: string; trades?: { name: string }[] }[] = data.entity.hosted;
    const hostedTrades = hosted.filter((e) => e.__typename === 'Trade').map((e) => e.name);
    expect(hostedTrades.sort()).toEqual(['3D数字游戏艺术', '商品展示技术', '砌筑'].sort());
    // At which competition: the competitions the college hosted that include a trade it hosted.
    const competitions = hosted.filter((e) => e.__typename === 'Competition');
    expect(competitions.find((c) => c.name === '第24届“瓦萨杯”技能节')?.trades).toEqual([]);
    const pairs = competitions.flatMap((c) => c.trades!.filter((t) => hostedTrades.includes(t.name)).map((t) => [c.name, t.name]));
    expect(pairs.sort()).toEqual(
      [
        ['第46届世界技能大赛浙江省选拔赛', '商品展示技术'],
        ['第46届世界技能大赛浙江省选拔赛', '3D数字游戏艺术'],
        ['2020年浙江省技能大赛', '砌筑'],
        ['2020年浙江省技能大赛', '商品展示技术'],
      ].sort(),
    );
    // The report says so: one clause names the hosting (承办), the trade, and the competition.
    for (const [competition, trade] of pairs) {
      expect(clauses.some((c) => c.includes('承办') && c.includes(trade!) && c.includes(competition!))).toBe(true);
    }
  });

  it('answers the same from the trades: who hosted each, with the quote naming the competition', async () => {
    const data = await query(`{ entities(kind: TRADE, first: 100) { totalCount edges { node { id name
      ... on Trade { hosts { id } } relations(type: HOSTED) { other { id } sources { section item quote } } } } } }`);
    expect(data.entities.totalCount).toBe(5);
    const hostedBy = Object.fromEntries(data.entities.edges.map((e: any) => [e.node.name, e.node.hosts.map((h: any) => h.id)]));
    expect(hostedBy).toEqual({
      商品展示技术: ['org/college'],
      '3D数字游戏艺术': ['org/college'],
      砌筑: ['org/college'],
      '模具工（冲压）': [],
      电工电子: [],
    });
    const vm = data.entities.edges.find((e: any) => e.node.id === VISUAL_MERCHANDISING).node;
    const quotes = vm.relations.flatMap((r: any) => r.sources.map((s: any) => s.quote));
    expect(quotes).toEqual(
      expect.arrayContaining([
        expect.stringContaining('第46届世界技能大赛浙江省选拔赛'),
        expect.stringContaining('承办砌筑和商品展示技术'),
      ]),
    );
    for (const quote of quotes) expect(report).toContain(quote);
  });
});

describe('one trade across competitions', () => {
  it('gives everything about 商品展示技术: competitions, awards with winners and places, hosts, sources', async () => {
    const data = await query(`{ entity(id: "${VISUAL_MERCHANDISING}") { __typename name nameEn aliases sources { section item quote }
      ... on Trade { competitions { name } hosts { name } awards { rankText recipients { name } wonAt { name } } } } }`);
    const trade = data.entity;
    expect(trade).toMatchObject({ __typename: 'Trade', name: '商品展示技术', nameEn: 'Visual Merchandising' });
    expect(trade.aliases).toContain('商品展示技术项目');
    for (const source of trade.sources) expect(report).toContain(source.quote);
    expect(trade.competitions.map((c: any) => c.name).sort()).toEqual(
      [
        '中华人民共和国第一届职业技能大赛',
        '第46届世界技能大赛',
        '世界技能大赛商品展示技术项目中国集训基地（北京）友谊交流赛',
        '第46届世界技能大赛浙江省选拔赛',
        '世赛全国选拔赛',
        '2020年浙江省技能大赛',
      ].sort(),
    );
    expect(trade.hosts.map((h: any) => h.name)).toEqual(['学院']);
    const won = trade.awards.map((a: any) => `${a.wonAt.name}: ${a.rankText} ${a.recipients.map((r: any) => r.name).join('、')}`);
    expect(won.sort()).toEqual(
      [
        '中华人民共和国第一届职业技能大赛: 银牌 杨珍华',
        '第46届世界技能大赛: 入围 杨珍华',
        '世界技能大赛商品展示技术项目中国集训基地（北京）友谊交流赛: 一等奖 杨珍华',
        '世界技能大赛商品展示技术项目中国集训基地（北京）友谊交流赛: 二等奖 马嘉璐',
        '第46届世界技能大赛浙江省选拔赛: 第一名 学院',
        '第46届世界技能大赛浙江省选拔赛: 第二名 学院',
      ].sort(),
    );
  });

  it.each([
    ['中华人民共和国第一届职业技能大赛', ['3D数字游戏艺术', '商品展示技术']],
    // A competition and its selection both list the trade the report names for the selection.
    ['2020年全国“振兴杯”职业技能竞赛', ['模具工（冲压）']],
    ['2020年全国“振兴杯”职业技能竞赛浙江省选拔赛', ['模具工（冲压）']],
    ['国赛改革试点赛', ['电工电子']],
    ['宁波市选拔赛', ['电工电子']],
    ['2020全国行业职业技能竞赛电子商务师竞赛全国总决赛', []],
  ])('lists the trades of %s', async (name, trades) => {
    const data = await query(
      `query($name: String!) { entitiesByName(name: $name, kind: COMPETITION) { ... on Competition { trades { name } } } }`,
      {
        name,
      },
    );
    expect(data.entitiesByName[0].trades.map((t: any) => t.name).sort()).toEqual([...trades].sort());
  });
});

describe('who won in a trade', () => {
  const AWARDS = `query($filter: AwardFilter) { awards(filter: $filter, orderBy: { field: RANK, direction: ASC }, first: 100) {
    totalCount edges { node { id rankText discipline trade { id name } recipients { name } sources { section item } } } } }`;

  it('answers "who won in 商品展示技术" in one query, best rank first, as the report says', async () => {
    const { awards } = await query(AWARDS, { filter: { trade: VISUAL_MERCHANDISING } });
    expect(awards.totalCount).toBe(6);
    const won = awards.edges.map((e: any) => [e.node.rankText, e.node.recipients.map((r: any) => r.name).join('、')]);
    expect(won).toEqual([
      ['银牌', '杨珍华'],
      ['一等奖', '杨珍华'],
      ['二等奖', '马嘉璐'],
      ['第一名', '学院'],
      ['第二名', '学院'],
      ['入围', '杨珍华'],
    ]);
    for (const { node } of awards.edges) expect(node).toMatchObject({ discipline: '商品展示技术', trade: { id: VISUAL_MERCHANDISING } });
    // Each named winner is named in the report together with the trade, in the item the award cites.
    const items = report.split('\n');
    for (const { node } of awards.edges) {
      for (const { name } of node.recipients.filter((r: any) => r.name !== '学院')) {
        expect(items.some((item) => item.includes(name) && item.includes('商品展示技术'))).toBe(true);
      }
    }
  });

  it("gives README's answer to who won in 商品展示技术", async () => {
    const { awards } = await query(readmeExample('Who won in 商品展示技术?'));
    expect(awards.totalCount).toBe(6);
    expect(
      awards.edges.map((e: any) => `${e.node.rankText} ${e.node.recipients.map((r: any) => r.name).join('、')} ${e.node.wonAt.name}`),
    ).toEqual([
      '银牌 杨珍华 中华人民共和国第一届职业技能大赛',
      '一等奖 杨珍华 世界技能大赛商品展示技术项目中国集训基地（北京）友谊交流赛',
      '二等奖 马嘉璐 世界技能大赛商品展示技术项目中国集训基地（北京）友谊交流赛',
      '第一名 学院 第46届世界技能大赛浙江省选拔赛',
      '第二名 学院 第46届世界技能大赛浙江省选拔赛',
      '入围 杨珍华 第46届世界技能大赛',
    ]);
  });

  it('finds the same awards by the trade name or an alias, and combines with other filters', async () => {
    const byName = await query(AWARDS, { filter: { tradeName: '商品展示技术' } });
    const byAlias = await query(AWARDS, { filter: { tradeName: '商品展示技术项目' } });
    expect(byName.awards.totalCount).toBe(6);
    expect(byAlias.awards).toEqual(byName.awards);
    const national = await query(AWARDS, { filter: { trade: VISUAL_MERCHANDISING, levelAtLeast: 'NATIONAL', recipientKind: 'PERSON' } });
    expect(national.awards.edges.map((e: any) => e.node.rankText)).toEqual(['银牌', '入围']);
  });

  it.each([
    ['trade/die-maker-stamping', [['一等奖', '黄翔']]],
    ['trade/electrical-electronics', [['第一名', '学院']]],
    ['trade/bricklaying', []],
  ])('answers who won in %s', async (trade, expected) => {
    const { awards } = await query(AWARDS, { filter: { trade } });
    expect(awards.edges.map((e: any) => [e.node.rankText, e.node.recipients.map((r: any) => r.name).join('、')])).toEqual(expected);
  });

  it("keeps every award's discipline and trade in agreement; sports keep a discipline without a trade", async () => {
    const { awards } = await query(AWARDS);
    const nodes = awards.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(awards.totalCount);
    const tradeNames = new Set(nodes.flatMap((n: any) => (n.trade ? [n.trade.name] : [])));
    for (const node of nodes) {
      if (node.trade) expect(node.discipline).toBe(node.trade.name);
      else expect(tradeNames.has(node.discipline)).toBe(false);
    }
    expect(nodes.filter((n: any) => n.trade).length).toBe(13);
    expect(new Set(nodes.filter((n: any) => !n.trade && n.discipline).map((n: any) => n.discipline))).toEqual(
      new Set(['篮球', '乒乓球', '排球']),
    );
  });
});

describe('finding a trade', () => {
  it('finds a trade by search, by exact name and by the way the report writes it with 赛项', async () => {
    const { search } = await query(`{ search(query: "商品展示技术", kinds: [TRADE]) { kind matchedField entity { id } } }`);
    expect(search[0]).toMatchObject({ kind: 'TRADE', matchedField: 'NAME', entity: { id: VISUAL_MERCHANDISING } });
    const { search: anyKind } = await query(`{ search(query: "砌筑") { kind entity { id } } }`);
    expect(anyKind.map((h: any) => h.entity.id)).toContain('trade/bricklaying');
    const byName = await query(`{ entitiesByName(name: "模具工（冲压）", kind: TRADE) { id kind } }`);
    expect(byName.entitiesByName).toEqual([{ id: 'trade/die-maker-stamping', kind: 'TRADE' }]);
    const byAlias = await query(`{ entitiesByName(name: "电工电子赛项") { id } }`);
    expect(byAlias.entitiesByName).toEqual([{ id: 'trade/electrical-electronics' }]);
  });
});
