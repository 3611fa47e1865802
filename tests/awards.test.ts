import type { RunningApp } from '../src/app';
import { LEVELS } from '../src/model/vocabulary';
import { loadDataset } from '../src/seed/dataset';
import { postGraphQL, startTestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

/** "Who won what": the awards query, answered from the real report through HTTP. */
let app: RunningApp;
const dataset = loadDataset(SEED_DIR);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const awards = async (args: string, variables: Record<string, unknown> = {}) => {
  const { body } = await postGraphQL(
    app.url,
    `query($after: String) { awards(${args}${args ? ', ' : ''}after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name rank rankText level date recipients { name } coaches { name } wonAt { name } } } } }`,
    variables,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.awards;
};
const summary = (edges: any[]) =>
  edges.map((e) => [
    e.node.rankText,
    e.node.recipients
      .map((r: any) => r.name)
      .sort()
      .join('、'),
  ]);

describe('who won what', () => {
  it('lists every award at 中华人民共和国第一届职业技能大赛, best rank first', async () => {
    const result = await awards(
      'filter: { competitionName: "中华人民共和国第一届职业技能大赛" }, orderBy: { field: RANK, direction: ASC }',
    );
    expect(result.totalCount).toBe(4);
    expect(summary(result.edges)).toEqual([
      ['银牌', '杨珍华'],
      ['优胜奖', '陈滢'],
      ['全国第六名', '陈滢'],
      ['全国技术能手', '杨珍华'],
    ]);
    expect(result.edges[0].node).toMatchObject({ rank: 'SILVER_MEDAL', level: 'NATIONAL', date: '2020-12-13' });
  });

  it('finds the same awards by the competition alias used in the item heading', async () => {
    const byAlias = await awards('filter: { competitionName: "全国首届职业技能大赛" }');
    expect(byAlias.totalCount).toBe(4);
  });

  it('answers "national or higher awards won by teachers"', async () => {
    const result = await awards('filter: { levelAtLeast: NATIONAL, recipientKind: TEACHER }, orderBy: { field: RANK, direction: ASC }');
    expect(summary(result.edges)).toEqual([
      ['二等奖', '周晨露、毛佳斌'],
      ['二等奖', '王妍、陈强、高源'],
      ['全国青年岗位能手', '黄翔'],
      ['进入国赛初评', '王妍、陈强、高源'],
    ]);
  });

  it('answers "prizes won by students in section 四" with teammates and coaches', async () => {
    const result = await awards(
      'filter: { section: 4, recipientKind: STUDENT, not: { rank: [TITLE, SELECTED, RANKED] } }, orderBy: { field: RANK, direction: ASC }',
    );
    expect(result.totalCount).toBe(6);
    const team = result.edges.find((e: any) => e.node.recipients.length === 3).node;
    expect(team.recipients.map((r: any) => r.name).sort()).toEqual(['唐向东', '徐喆', '马颂赞'].sort());
    expect(team.coaches.map((c: any) => c.name).sort()).toEqual(['朱华德', '黄亚飞'].sort());
    expect(team.wonAt.name).toBe('2020年全国信息产业新技术职业技能竞赛全国总决赛');
  });

  it('combines conditions with or', async () => {
    const result = await awards('filter: { or: [{ rank: [GOLD_MEDAL, SILVER_MEDAL] }, { rank: [CHAMPION] }] }');
    expect(result.edges.map((e: any) => e.node.rank).sort()).toEqual(['CHAMPION', 'CHAMPION', 'CHAMPION', 'CHAMPION', 'SILVER_MEDAL']);
  });

  it.each(['DATE', 'LEVEL', 'RANK', 'NAME'])(
    'pages through all awards ordered by %s with keyset cursors, no gaps or repeats',
    async (field) => {
      const all = dataset.entities
        .filter((e) => e.kind === 'AWARD')
        .map((e) => e.id)
        .sort();
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const page: any = await awards(`orderBy: { field: ${field}, direction: DESC }, first: 13`, { after });
        expect(page.totalCount).toBe(all.length);
        // Relay page info: a page after a cursor has items before it; the cursors bracket the page.
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect([...seen].sort()).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
    },
  );

  // Level order is read level by level from an index (data/awards.ts): the pages must give
  // exactly the order of sorting every award by level (none as 0) and then by id.
  it.each([
    ['DESC', ''],
    ['ASC', ''],
    ['DESC', 'filter: { levelAtLeast: PROVINCIAL }, '],
    ['ASC', 'filter: { and: [{ levelAtMost: MUNICIPAL }], recipientKind: PERSON }, '],
    ['DESC', 'filter: { not: { level: MUNICIPAL } }, '],
  ])('pages in level order %s (%s) exactly as a full sort would', async (direction, filter) => {
    const expected = (await awards(`${filter}first: 100`)).edges.map((e: any) => e.node);
    const rankOf = (level: string | null) => (level ? LEVELS.indexOf(level as never) + 1 : 0);
    expected.sort((a: any, b: any) => (rankOf(a.level) - rankOf(b.level)) * (direction === 'ASC' ? 1 : -1) || (a.id < b.id ? -1 : 1));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 60; i++) {
      const { body }: { body: any } = await postGraphQL(
        app.url,
        `query($after: String) { awards(${filter}orderBy: { field: LEVEL, direction: ${direction} }, first: 7, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const page: any = body.data.awards;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(seen).toEqual(expected.map((a: any) => a.id));
  });

  it('orders newest first by default, undated awards last', async () => {
    const result = await awards('first: 100');
    const dates = result.edges.map((e: any) => e.node.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('dates as the report writes them', () => {
  /** Award ids by stored date, straight from the dataset (dates are as precise as the report). */
  const awardDates = new Map(
    dataset.entities.filter((e) => e.kind === 'AWARD').map((e) => [e.id, (e as { date?: string | null }).date ?? null]),
  );
  const idsWhere = (test: (date: string) => boolean) =>
    [...awardDates]
      .filter(([, date]) => date !== null && test(date))
      .map(([id]) => id)
      .sort();
  const ids = async (filter: string) => {
    const result = await awards(`filter: ${filter}, first: 100`);
    expect(result.totalCount).toBe(result.edges.length);
    return result.edges.map((e: any) => e.node.id).sort();
  };

  it('lets a year bound cover the whole year: dateTo "2020" keeps awards of 13 December 2020', async () => {
    const through2020 = await ids('{ dateTo: "2020" }');
    expect(through2020).toEqual(idsWhere((date) => date.startsWith('2020')));
    expect(idsWhere((date) => date === '2020-12-13').length).toBeGreaterThan(0);
    expect(through2020).toEqual(expect.arrayContaining(idsWhere((date) => date === '2020-12-13')));
  });

  it('lets a month bound start on its first day, and a partial stored date count when any of its days is in range', async () => {
    const fromDecember = await ids('{ dateFrom: "2020-12" }');
    // 2020-12, 2020-12-13, 2020-12-28, 2021 — and "2020", which may be any day of that year.
    expect(fromDecember).toEqual(idsWhere((date) => date >= '2020-12' || date === '2020'));
    // …and not the autumn's awards.
    const autumn = idsWhere((date) => date >= '2020-09' && date < '2020-12');
    expect(autumn.length).toBeGreaterThan(0);
    for (const id of autumn) expect(fromDecember).not.toContain(id);
  });

  it('filters by calendar year, alone or with other bounds', async () => {
    expect(await ids('{ year: 2020 }')).toEqual(await ids('{ dateFrom: "2020", dateTo: "2020" }'));
    expect(await ids('{ year: 2021 }')).toEqual(idsWhere((date) => date.startsWith('2021')));
    expect(await ids('{ year: 2020, dateFrom: "2020-12-01" }')).toEqual(idsWhere((date) => date.startsWith('2020-12') || date === '2020'));
  });
});

describe('bad award queries', () => {
  it.each([
    ['filter: { dateFrom: "13/12/2020" }', 'filter.dateFrom', /YYYY/],
    ['filter: { dateTo: "2020-13-99" }', 'filter.dateTo', /no month 13/],
    ['filter: { dateFrom: "2021-02-29" }', 'filter.dateFrom', /2021-02 has 28 days/],
    ['filter: { or: [{ year: 20 }] }', 'filter.or[0].year', /between 1900 and 2200/],
    ['filter: { section: 100 }', 'filter.section', /from 0 \(the preamble\) to 99/],
    ['filter: { rank: [] }', 'filter.rank', /at least one/],
    ['filter: { and: [{ or: [{ not: { not: { not: { level: SCHOOL } } } }] }] }', 'filter.and[0].or[0].not.not.not', /nest/],
    ['first: 0', 'first', /between 1 and 100/],
  ])('%s → BAD_USER_INPUT naming %s', async (args, argumentName, message) => {
    const { body } = await postGraphQL(app.url, `{ awards(${args}) { totalCount } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a cursor issued for another order', async () => {
    const page = await awards('orderBy: { field: DATE, direction: DESC }, first: 2');
    const { body } = await postGraphQL(
      app.url,
      `{ awards(orderBy: { field: RANK, direction: ASC }, after: "${page.pageInfo.endCursor}") { totalCount } }`,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});
