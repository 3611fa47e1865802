import { startTestApp, type TestApp } from './support/app';
import { clauses, namesInQuote, withoutQuotationMarks } from './support/reportWording';

/**
 * Every way the report writes the name of a competition or an event reaches it, by exact lookup
 * and as the first search hit. The names are read from the quotes that state each entity (see
 * support/reportWording.ts), not listed here, so a wording the curated data does not cover
 * fails this test however it came in.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

interface Wording {
  id: string;
  name: string;
  /** The quote it was read from. */
  quote: string;
}

/** The names of every competition and event as its quotes give them, each as written and without quotation marks. */
async function reportWordings(): Promise<Wording[]> {
  const wordings: Wording[] = [];
  for (const kind of ['COMPETITION', 'EVENT']) {
    const { body } = await app.post(
      `query($kind: EntityKind!) { entities(kind: $kind, first: 100) { pageInfo { hasNextPage } edges { node { id sources { quote } } } } }`,
      { kind },
    );
    expect(body.data!.entities.pageInfo.hasNextPage).toBe(false);
    for (const { node } of body.data!.entities.edges as { node: { id: string; sources: { quote: string }[] } }[]) {
      for (const { quote } of node.sources) {
        for (const name of namesInQuote(quote)) {
          for (const typed of new Set([name, withoutQuotationMarks(name)])) wordings.push({ id: node.id, name: typed, quote });
        }
      }
    }
  }
  return wordings.filter((w, i) => wordings.findIndex((o) => o.id === w.id && o.name === w.name) === i);
}

describe("the report's own wording", () => {
  it('reads the names from the quotes: clauses, verbs, counts and particles set aside', () => {
    expect(clauses('12月13日，中华人民共和国第一届职业技能大赛在广州落幕')).toEqual([
      '12月13日',
      '中华人民共和国第一届职业技能大赛在广州落幕',
    ]);
    expect(clauses('“最美二百米，我们来守护”')).toEqual(['“最美二百米，我们来守护”']);
    expect(namesInQuote('12月13日，中华人民共和国第一届职业技能大赛在广州落幕')).toEqual(['中华人民共和国第一届职业技能大赛']);
    expect(namesInQuote('安排了2场学生干部、团员学习会等')).toEqual(['学生干部、团员学习会']);
    expect(namesInQuote('参加“第十五届中国浙江·宁波人才科技周”')).toEqual([
      '“第十五届中国浙江·宁波人才科技周”',
      '第十五届中国浙江·宁波人才科技周',
    ]);
    expect(namesInQuote('在2020年全国“振兴杯”职业技能竞赛浙江省选拔赛中')).toEqual(['2020年全国“振兴杯”职业技能竞赛浙江省选拔赛']);
    expect(namesInQuote('共开设新教师公开课、一体化公开课26节')).toEqual([]);
    expect(namesInQuote('本期主题——“合”')).toEqual([]);
  });

  it('finds each name the report gives a competition or an event, by entitiesByName and as the first search hit', async () => {
    const wordings = await reportWordings();
    // Most competitions and events are named in a way the reading recognises; a reading that
    // found almost nothing would make this test pass vacuously.
    expect(new Set(wordings.map((w) => w.id)).size).toBeGreaterThanOrEqual(40);
    const misses: string[] = [];
    for (const { id, name, quote } of wordings) {
      const { body } = await app.post(
        `query($name: String!) { entitiesByName(name: $name) { id } search(query: $name, first: 1) { entity { id } } }`,
        { name },
      );
      const byName = (body.data!.entitiesByName as { id: string }[]).map((e) => e.id);
      const top = body.data!.search[0]?.entity.id;
      if (!byName.includes(id)) misses.push(`entitiesByName("${name}") → [${byName.join(', ')}], not ${id} (quote: ${quote})`);
      if (top !== id) misses.push(`search("${name}") → ${top ?? 'nothing'} first, not ${id} (quote: ${quote})`);
    }
    expect(misses).toEqual([]);
  });

  it('reaches an entity whose curated name leaves out the edition or year the report writes, and the other way round', async () => {
    const byName = async (name: string) => {
      const { body } = await app.post(`query($name: String!) { entitiesByName(name: $name) { id } }`, { name });
      return (body.data!.entitiesByName as { id: string }[]).map((e) => e.id);
    };
    // An alias with its quote: the report's full wording.
    expect(await byName('首届2020年浙江省技能大赛')).toEqual(['competition/zhejiang-skills-competition-2020']);
    // Set aside at lookup: the edition and year, quotation marks, the college's own name in front.
    expect(await byName('浙江省技能大赛')).toEqual(['competition/zhejiang-skills-competition-2020']);
    expect(await byName('世界技能大赛浙江省选拔赛')).toEqual(['competition/worldskills-46-zhejiang-selection']);
    expect(await byName('第24届瓦萨杯技能节')).toEqual(['competition/wasa-cup-skills-festival-24']);
    expect(await byName('学院“5A”等级平安校园复评')).toEqual(['competition/safe-campus-5a-re-evaluation-2020']);
    // An exact name wins over names equal only once edition and year are set aside.
    expect(await byName('第46届世界技能大赛')).toEqual(['competition/worldskills-46']);
    // Nothing is found by what is left of a name when that is nothing: 学院 is the college.
    expect(await byName('学院')).toEqual(['org/college']);
    expect(await byName('“”')).toEqual([]);
  });
});
