import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { startTestApp, type TestApp } from './support/app';

/**
 * Search as people type: a table of realistic queries, each with the entity a user means, which
 * must come first. Asked through the public API.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

interface Hit {
  score: number;
  matchedField: string;
  snippet: string;
  entity: { id: string; name: string };
}

const search = async (query: string, first = 5): Promise<Hit[]> => {
  const { body } = await app.post(
    `query($q: String!, $first: Int) { search(query: $q, first: $first) { score matchedField snippet entity { id name } } }`,
    { q: query, first },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.search as Hit[];
};

/** [query, the entity meant, what the query is an example of]. */
const TABLE: [string, string, string][] = [
  ['杨珍华', 'person/yang-zhenhua', 'a full Chinese name'],
  ['中华人民共和国第一届职业技能大赛', 'competition/national-skills-competition-1', "a competition's full name"],
  ['瓦萨杯', 'competition/wasa-cup-skills-festival-24', 'a part of a name (in quotation marks in the report)'],
  ['人才科技周', 'event/talent-tech-week-15', 'a part of a name'],
  ['振兴杯', 'competition/zhenxing-cup-2020', 'a part of two names: the shorter, the competition itself, first'],
  ['宁波市中等职业学校技能大赛', 'competition/ningbo-secondary-vocational-skills-15', 'a name without its edition and bracketed part'],
  ['杨珍华同学', 'person/yang-zhenhua', 'a name with an extra word'],
  ['选手陈滢', 'person/chen-ying', 'a name with the role the report puts before it'],
  ['浙江省选拔赛 第46届世界技能大赛', 'competition/worldskills-46-zhejiang-selection', 'the words of a name reordered'],
  ['世界技能大赛 浙江省 选拔赛', 'competition/worldskills-46-zhejiang-selection', 'the words of a name, spaced, without the edition'],
  ['一等奖 职工组个人', 'award/tian-mingqing-it-new-tech-2020-first-prize', 'rank text and category, reordered'],
  ['篮球 男子职高组 冠军', 'award/ningbo-basketball-league-2020-boys-vocational-champion', 'trade, category and rank text together'],
  ['首届2020年浙江省技能大赛', 'competition/zhejiang-skills-competition-2020', "the report's wording, with the edition"],
  ['浙江省技能大赛', 'competition/zhejiang-skills-competition-2020', 'a name without its year'],
  ['裘耀东', 'person/qiu-dongyao', "the report's other spelling of a name"],
  ['yáng zhēn huá', 'person/yang-zhenhua', 'pinyin with tones'],
  ['yangzhenhua', 'person/yang-zhenhua', 'pinyin run together'],
  ['mao zhenzhen', 'person/mao-zhenzhen', 'pinyin as the English name'],
  ['yzh', 'person/yang-zhenhua', 'pinyin initials'],
  ['mzz', 'person/mao-zhenzhen', 'pinyin initials'],
  ['Silver Medal Visual Merchandising', 'award/yang-zhenhua-nsc1-silver', 'an English gloss, its words reordered'],
  ['WorldSkills Zhejiang Provincial Selection', 'competition/worldskills-46-zhejiang-selection', 'an English gloss, its words reordered'],
  ['Mayor of Ningbo', 'person/qiu-dongyao', "a role's English gloss"],
  ['法治副校长', 'person/rong-luning', 'a role'],
  ['院长', 'person/li-jianbo', 'a role (副院长, another, comes after)'],
  ['语文教研室主任', 'person/hu-keke', 'a role'],
  ['团体二等奖', 'award/it-new-tech-2020-team-second-prize', 'a rank text'],
  ['全国第六名', 'award/chen-ying-nsc1-sixth-place', 'a rank text'],
  ['男子职高组', 'award/ningbo-basketball-league-2020-boys-vocational-champion', 'a category'],
  ['职高组男子', 'award/ningbo-vocational-table-tennis-men-champion', 'another category of the same words'],
  ['女子组', 'award/ningbo-volleyball-women-champion', 'a category'],
  ['模具工（冲压）', 'trade/die-maker-stamping', 'a trade'],
  ['电工电子', 'trade/electrical-electronics', 'a trade'],
];

describe('search finds what people type', () => {
  it.each(TABLE)('%s → %s (%s)', async (query, id) => {
    const [top] = await search(query);
    expect(top?.entity.id).toBe(id);
  });

  it('says which field matched and shows it in the sentence of the report that states it', async () => {
    const [role] = await search('法治副校长');
    expect(role).toMatchObject({ matchedField: 'ROLE', snippet: '荣鲁宁检察官担任学院<em>法治副校长</em>', score: 4 });
    const [category] = await search('男子职高组');
    expect(category).toMatchObject({ matchedField: 'CATEGORY', snippet: '获得<em>男子职高组</em>冠军' });
    // The trade itself comes first; the award won in it is found by its discipline.
    const inTrade = await search('模具工（冲压）');
    expect(inTrade[0]).toMatchObject({ entity: { id: 'trade/die-maker-stamping' }, matchedField: 'NAME' });
    expect(inTrade.find((hit) => hit.entity.id === 'award/huang-xiang-zhenxing-zhejiang-first-prize')).toMatchObject({
      matchedField: 'DISCIPLINE',
      snippet: '黄翔老师获得<em>模具工</em>（<em>冲压</em>）赛项一等奖',
    });
    const [alias] = await search('首届2020年浙江省技能大赛');
    expect(alias).toMatchObject({ matchedField: 'ALIAS', snippet: '<em>首届2020年浙江省技能大赛</em>' });
  });

  it('ranks an exact name, then the name but for its edition or year, then the whole query inside a name, then partial matches', async () => {
    const exact = await search('第46届世界技能大赛');
    expect(exact[0]).toMatchObject({ entity: { id: 'competition/worldskills-46' }, score: 4 });
    // Inside longer names: the national squad, the awards of entering it, the Zhejiang selection.
    expect(exact.slice(1).every((hit) => hit.score === 2)).toBe(true);
    const loose = await search('浙江省技能大赛');
    expect(loose[0]!.score).toBeGreaterThan(2);
    expect(loose[0]!.score).toBeLessThanOrEqual(3);
    const partial = await search('杨珍华同学');
    expect(partial[0]!.score).toBeCloseTo(3 / 5);
    const scores = partial.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('puts entities the query names before those where it is another field', async () => {
    const hits = await search('二等奖', 50);
    const exact = hits.filter((hit) => hit.score === 4);
    const named = exact.filter((hit) => hit.entity.name === '二等奖');
    // Awards named 二等奖, then awards with that rank text under another name (总决赛二等奖).
    expect(named.length).toBeGreaterThan(1);
    expect(exact.length).toBeGreaterThan(named.length);
    expect(exact.slice(0, named.length)).toEqual(named);
    expect(exact.slice(named.length).every((hit) => hit.matchedField === 'RANK_TEXT')).toBe(true);
  });

  it("README's multi-word example: the words of a selection contest in another order", async () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('`{ search(query: "浙江省选拔赛 第46届世界技能大赛", first: 2) { score snippet entity { id } } }`');
    const hits = await search('浙江省选拔赛 第46届世界技能大赛', 2);
    expect(hits.map((h) => h.entity.id)).toEqual(['competition/worldskills-46-zhejiang-selection', 'competition/worldskills-46']);
    expect(hits[0]).toMatchObject({ score: 1, snippet: '<em>第46届世界技能大赛浙江省选拔赛</em>' });
    expect(hits[1]!.score).toBeLessThan(1);
  });
});
