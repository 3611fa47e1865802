import type { RunningApp } from '../src/app';
import { loadDataset } from '../src/seed/dataset';
import { postGraphQL, startTestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

let app: RunningApp;
const dataset = loadDataset(SEED_DIR);
const awards = dataset.entities.filter((e) => e.kind === 'AWARD');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const gql = async (query: string) => {
  const { body } = await postGraphQL(app.url, query);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
};

/** Pairs of awards the data files state for one result; counts count each pair once. */
const sameResult = dataset.facts.filter((f) => f.type === 'SAME_RESULT_AS').map((f) => [f.from, f.to] as const);

/** The same grouping computed here from the data files, independently of Cypher. */
function expectedCounts(keysOf: (award: (typeof awards)[number]) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const award of awards) for (const key of new Set(keysOf(award))) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
const asCounts = (buckets: { key: string; count: number }[]) => Object.fromEntries(buckets.map((b) => [b.key, b.count]));

describe('award statistics', () => {
  it('counts awards by level, highest first, matching the data files', async () => {
    const { awardStatistics } = await gql('{ awardStatistics(groupBy: LEVEL) { key count } }');
    expect(asCounts(awardStatistics)).toEqual(expectedCounts((a) => [('level' in a && a.level) || 'UNSPECIFIED']));
    expect(awardStatistics.map((b: any) => b.key).filter((k: string) => k !== 'UNSPECIFIED')).toEqual(
      ['INTERNATIONAL', 'NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'DISTRICT', 'SCHOOL'].filter((k) => k in asCounts(awardStatistics)),
    );
  });

  it('counts awards by section and by rank, matching the data files', async () => {
    const data = await gql('{ s: awardStatistics(groupBy: SECTION) { key count } r: awardStatistics(groupBy: RANK) { key count } }');
    expect(asCounts(data.s)).toEqual(expectedCounts((a) => a.sources.map((s) => s.section)));
    expect(asCounts(data.r)).toEqual(expectedCounts((a) => [(a as { rank: string }).rank]));
  });

  it('counts awards by kind of recipient, matching the data files', async () => {
    const { awardStatistics } = await gql('{ awardStatistics(groupBy: RECIPIENT_KIND) { key count } }');
    const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
    expect(asCounts(awardStatistics)).toEqual(
      expectedCounts((a) => {
        const kinds = dataset.facts.filter((f) => f.type === 'RECEIVED' && f.to === a.id).map((f) => kindOf.get(f.from)!);
        return kinds.length > 0 ? kinds : ['UNSPECIFIED'];
      }),
    );
  });

  it('links each bucket to the awards behind it', async () => {
    const { awardStatistics } = await gql(
      '{ awardStatistics(groupBy: LEVEL, filter: { level: NATIONAL }, awardsPerBucket: 100) { key count resultCount awards { id level } } }',
    );
    expect(awardStatistics).toHaveLength(1);
    const [national] = awardStatistics;
    expect(national.awards).toHaveLength(national.count);
    // Awards stated for one result (陈滢's 优胜奖 and 全国第六名, both national) are one result.
    expect(national.resultCount).toBe(national.count - sameResult.length);
    expect(national.awards.every((a: any) => a.level === 'NATIONAL')).toBe(true);
  });
});

describe('top recipients', () => {
  it('ranks people by number of awards: 杨珍华 first with four', async () => {
    const { topRecipients } = await gql(
      '{ topRecipients(kinds: [PERSON], first: 3) { resultCount entity { id name } awards { rankText } } }',
    );
    expect(topRecipients.map((r: any) => [r.entity.name, r.resultCount])).toEqual([
      ['杨珍华', 4],
      ['高源', 3],
      ['黄翔', 3],
    ]);
    expect(topRecipients[0].awards.map((a: any) => a.rankText).sort()).toEqual(['一等奖', '入围', '全国技术能手', '银牌'].sort());
  });

  it('counts a prize and the placing stated for the same result once: 陈滢 has two results from three awards', async () => {
    const { topRecipients } = await gql(
      '{ topRecipients(filter: { recipient: "person/chen-ying" }, kinds: [PERSON]) { awardCount resultCount awards { rankText } } }',
    );
    expect(topRecipients).toHaveLength(1);
    expect(topRecipients[0].awards.map((a: any) => a.rankText)).toEqual(expect.arrayContaining(['优胜奖', '全国第六名']));
    expect(topRecipients[0].awards).toHaveLength(3);
    expect(topRecipients[0].awardCount).toBe(3);
    expect(topRecipients[0].resultCount).toBe(2);
  });

  it('applies an award filter before ranking', async () => {
    // National or higher: the friendship-match prize (no level) drops out, and 陈滢's three
    // national awards are two results; among those with two results, more awards rank first.
    const { topRecipients } = await gql(
      '{ topRecipients(filter: { levelAtLeast: NATIONAL }, kinds: [PERSON], first: 2) { resultCount entity { name } } }',
    );
    expect(topRecipients).toEqual([
      { resultCount: 3, entity: { name: '杨珍华' } },
      { resultCount: 2, entity: { name: '陈滢' } },
    ]);
  });
});
