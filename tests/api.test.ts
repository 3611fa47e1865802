import type { RunningApp } from '../src/app';
import { loadDataset } from '../src/seed/dataset';
import { postGraphQL, startTestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

let app: RunningApp;
const dataset = loadDataset(SEED_DIR);

beforeAll(async () => {
  // Start-up finds an empty graph and loads the seed, as `npm start` does.
  app = await startTestApp();
});
afterAll(() => app.stop());

const query = (q: string, variables?: Record<string, unknown>) => postGraphQL(app.url, q, variables);

describe('reading the graph over HTTP', () => {
  it('answers who won what at the first national vocational skills competition, with sources', async () => {
    const { status, body } = await query(`{
      entity(id: "competition/national-skills-competition-1") {
        name nameEn aliases
        ... on Competition { edition level date place }
        relations(type: AT, direction: INCOMING) {
          other { id name ... on Award { rank rankText discipline }
            relations(type: RECEIVED, direction: INCOMING) { other { name } } }
        }
      }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const competition = body.data!.entity;
    expect(competition).toMatchObject({ name: '中华人民共和国第一届职业技能大赛', level: 'NATIONAL', place: '广州', date: '2020-12-13' });
    expect(competition.aliases).toContain('全国首届职业技能大赛');
    const winners = competition.relations.map((r: any) => ({
      rank: r.other.rank,
      rankText: r.other.rankText,
      who: r.other.relations.map((x: any) => x.other.name),
    }));
    expect(winners).toEqual(
      expect.arrayContaining([
        { rank: 'SILVER_MEDAL', rankText: '银牌', who: ['杨珍华'] },
        { rank: 'EXCELLENCE_AWARD', rankText: '优胜奖', who: ['陈滢'] },
      ]),
    );
  });

  it('answers who won what, with whom and coached by whom, through typed fields', async () => {
    const { body } = await query(`{
      entitiesByName(name: "徐喆") {
        ... on Person {
          memberOf { name }
          awards {
            rank rankText level category
            recipients { name }
            coaches { name }
            wonAt { name ... on Competition { level } }
          }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const [xu] = body.data!.entitiesByName;
    expect(xu.memberOf.map((g: any) => g.name)).toContain('17电气AHK');
    expect(xu.awards).toEqual([
      {
        rank: 'SECOND_PRIZE',
        rankText: '二等奖',
        level: 'NATIONAL',
        category: '团体',
        recipients: expect.arrayContaining([{ name: '唐向东' }, { name: '马颂赞' }, { name: '徐喆' }]),
        coaches: expect.arrayContaining([{ name: '朱华德' }, { name: '黄亚飞' }]),
        wonAt: { name: '2020年全国信息产业新技术职业技能竞赛全国总决赛', level: 'NATIONAL' },
      },
    ]);
    expect(xu.awards[0].recipients).toHaveLength(3);
    expect(xu.awards[0].coaches).toHaveLength(2);
  });

  it('finds a person by a variant spelling the report uses', async () => {
    const { body } = await query('{ entitiesByName(name: "裘耀东") { id name aliases sources { section quote } } }');
    const [qiu, ...rest] = body.data!.entitiesByName;
    expect(rest).toEqual([]);
    expect(qiu).toMatchObject({ id: 'person/qiu-dongyao', name: '裘东耀', aliases: ['裘耀东'] });
    expect(qiu.sources.map((s: any) => s.section)).toEqual(expect.arrayContaining(['一', '六']));
  });

  it('finds a person by name with pinyin and provenance from both sections that name her', async () => {
    const { body } = await query(
      `query($name: String!) {
      entitiesByName(name: $name, kind: PERSON) {
        id kind
        ... on Person { pinyin pinyinPlain pinyinInitials nameEn }
        sources { section sectionNumber item quote }
      }
    }`,
      { name: '毛珍祯' },
    );
    expect(body.errors).toBeUndefined();
    const [mao, ...others] = body.data!.entitiesByName;
    expect(others).toEqual([]);
    expect(mao).toMatchObject({
      id: 'person/mao-zhenzhen',
      kind: 'PERSON',
      pinyinPlain: 'mao zhen zhen',
      pinyinInitials: 'mzz',
      nameEn: 'Mao Zhenzhen',
    });
    expect(mao.sources.map((s: any) => `${s.section}.${s.item}`).sort()).toEqual(expect.arrayContaining(['四.2', '五.5']));
    expect(mao.sources.every((s: any) => typeof s.quote === 'string' && s.quote.includes('毛珍祯'))).toBe(true);
  });

  it('finds an entity by one of its aliases', async () => {
    const { body } = await query('{ entitiesByName(name: "全国首届职业技能大赛") { id } }');
    expect(body.data!.entitiesByName).toEqual([{ id: 'competition/national-skills-competition-1' }]);
  });

  it('pages through every entity of a kind with keyset cursors and a correct total', async () => {
    const expected = dataset.entities
      .filter((e) => e.kind === 'PERSON')
      .map((e) => e.id)
      .sort();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const { body } = await query(
        `query($after: String) { entities(kind: PERSON, first: 7, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      const connection = body.data!.entities;
      expect(connection.totalCount).toBe(expected.length);
      expect(connection.pageInfo).toMatchObject({ hasPreviousPage: after !== null, startCursor: connection.edges[0].cursor });
      seen.push(...connection.edges.map((e: any) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('resolves Relay node ids for entities and the report, and null for an unknown id', async () => {
    const { body } = await query(`{
      person: node(id: "person/yang-zhenhua") { id __typename }
      report: node(id: "report/2020-s1") { ... on Report { title sha256 } }
      missing: node(id: "person/nobody") { id }
      missingEntity: entity(id: "award/none") { id }
    }`);
    expect(body.data).toEqual({
      person: { id: 'person/yang-zhenhua', __typename: 'Person' },
      report: { title: '学院2020学年第一学期工作总结', sha256: '629ff9def14a8b8086436302c3f2fa084972ad7063af9d5b50a73ae38af45ff6' },
      missing: null,
      missingEntity: null,
    });
  });

  it('summarises what the graph holds, matching the data files', async () => {
    const { body } = await query('{ graphSummary { entityTotal relationshipTotal entityCounts { kind count } reports { id } } }');
    const summary = body.data!.graphSummary;
    expect(summary.entityTotal).toBe(dataset.entities.length);
    expect(summary.relationshipTotal).toBe(dataset.facts.length);
    expect(summary.reports).toEqual([{ id: 'report/2020-s1' }]);
    const persons = summary.entityCounts.find((c: any) => c.kind === 'PERSON').count;
    expect(persons).toBe(dataset.entities.filter((e) => e.kind === 'PERSON').length);
  });
});

describe('bad input', () => {
  it.each([
    ['{ entities(kind: AWARD, first: 0) { totalCount } }', 'first', /between 1 and 100/],
    ['{ entities(kind: AWARD, first: 101) { totalCount } }', 'first', /between 1 and 100/],
    ['{ entities(kind: AWARD, after: "not-a-cursor") { totalCount } }', 'after', /not a cursor/],
    ['{ entitiesByName(name: "   ") { id } }', 'name', /must not be empty/],
    ['{ entity(id: "org/college") { relations(first: 500) { id } } }', 'first', /between 1 and 200/],
  ])('%s is refused with BAD_USER_INPUT naming %s', async (q, argumentName, message) => {
    const { status, body } = await query(q);
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(body.errors![0]!.message).toMatch(message);
  });

  it('treats hostile strings as data, never as Cypher', async () => {
    const hostile = `杨珍华"}) DETACH DELETE n //' \`x\``;
    const before = await query('{ graphSummary { entityTotal relationshipTotal } }');
    const { body } = await query('query($n: String!) { entitiesByName(name: $n) { id } }', { n: hostile });
    expect(body).toEqual({ data: { entitiesByName: [] } });
    expect((await query('{ graphSummary { entityTotal relationshipTotal } }')).body).toEqual(before.body);
  });

  // Aliases and keys are looked up through a full-text index (data/entities.ts lookupQuery).
  it.each(['*', '?', 'aliases:*', '裘耀东" OR nameKeys:*', '\\'])(
    'treats Lucene syntax in a name as text: %s finds nothing',
    async (name) => {
      const { body } = await query('query($n: String!) { entitiesByName(name: $n) { id } }', { n: name });
      expect(body).toEqual({ data: { entitiesByName: [] } });
    },
  );

  it('answers a syntax error with 400 and an unknown field with a validation error', async () => {
    const syntax = await query('{ entity(id: ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    const tooLong = await query(`{ graphSummary { ${'entityTotal '.repeat(5000)} } }`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors![0]!.message).toMatch(/more th\w+ 4000 tokens/);
    const unknown = await query('{ nope }');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an oversized body with 413 and malformed JSON with 400', async () => {
    const base = app.url;
    const big = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"${'x'.repeat(1_100_000)}"}`,
    });
    expect(big.status).toBe(413);
    const bad = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(bad.status).toBe(400);
  });
});

describe('error messages', () => {
  it('say that a limit refused the query, not that its syntax is wrong', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: graphSummary { entityTotal }`).join(' ');
    const { status, body } = await postGraphQL(app.url, `{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toBe('Query refused: Aliases limit of 20 exceeded, found 21.');
    const tokens = await postGraphQL(app.url, `{ graphSummary { ${'entityTotal '.repeat(5000)} } }`);
    expect(tokens.body.errors![0]!.message).toBe('Query refused: it has more than 4000 tokens.');
  });

  it('quote a long invalid value back only as a short prefix', async () => {
    const long = 'X'.repeat(100_000);
    const { status, body } = await postGraphQL(app.url, 'query ($kind: EntityKind!) { entities(kind: $kind) { totalCount } }', {
      kind: long,
    });
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/"X{60}…" \(100000 characters\)/);
    expect(JSON.stringify(body).length).toBeLessThan(1000);
  });
});

describe('browser pages', () => {
  it('sends a browser that opens the endpoint to the bundled GraphQL console', async () => {
    const page = await fetch(app.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/graphiql');
    const consolePage = await fetch(new URL('/graphiql', app.url), { headers: { accept: 'text/html' } });
    expect(consolePage.status).toBe(200);
    expect(consolePage.headers.get('content-type')).toMatch(/text\/html/);
    // Everything it loads comes from this server: nothing from a CDN.
    expect(await consolePage.text()).not.toMatch(/https?:\/\//);
  });
});

describe('health endpoints', () => {
  it('reports liveness and readiness', async () => {
    const origin = new URL(app.url).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${origin}/nowhere`)).status).toBe(404);
  });
});
