import fs from 'node:fs';
import path from 'node:path';
import type { RunningApp } from '../src/app';
import { loadDataset } from '../src/seed/dataset';
import { postGraphQL, startTestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

/**
 * Filters people expect (issue #11, items 4, 5 and 6): awards by awarding body, roles, partnerships
 * without media coverage, connections around hubs, the parts of competitions and bodies, metrics
 * measured in an event, and count fields named alike. Answers come from the report.
 */
let app: RunningApp;
const dataset = loadDataset(SEED_DIR);
const reportText = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'), 'utf8');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const { body } = await postGraphQL(app.url, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
};
const refusal = async (query: string) => (await postGraphQL(app.url, query)).body.errors?.[0]?.extensions;
const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

describe('awards by awarding body', () => {
  it('lists what 中共宁波市委 conferred, with the recipients', async () => {
    const { awards } = await gql(`{ awards(filter: { awardedBy: "org/ningbo-party-committee" }) {
      totalCount edges { node { name awardedBy { name } recipients { name } } } } }`);
    expect(awards.totalCount).toBe(3);
    expect(Object.fromEntries(awards.edges.map((e: any) => [e.node.name, names(e.node.recipients)]))).toEqual({
      宁波市先进基层党组织: ['学院党委'],
      宁波市抗击新冠肺炎疫情先进集体: ['学院'],
      宁波市抗击新冠肺炎先进工作集体: ['学院'],
    });
    for (const e of awards.edges) expect(e.node.awardedBy.map((b: any) => b.name)).toContain('中共宁波市委');
  });

  it('gives the national scholarship conferred by 教育部 and its four students', async () => {
    const { awards } = await gql(
      `{ awards(filter: { awardedBy: "org/ministry-of-education" }) { edges { node { name level recipients { name } } } } }`,
    );
    expect(awards.edges).toEqual([{ node: { name: '2019-2020学年度国家奖学金', level: 'NATIONAL', recipients: expect.any(Array) } }]);
    expect(names(awards.edges[0].node.recipients)).toEqual(
      names([{ name: '陈睿哲' }, { name: '李梦晴' }, { name: '毛珍祯' }, { name: '吴昊' }]),
    );
  });

  it('combines with year and level like any other condition (the report dates none of these honours)', async () => {
    const byYear = await gql(`{ all: awards(filter: { year: 2020 }) { totalCount }
      body: awards(filter: { awardedBy: "org/ningbo-party-committee", year: 2020 }) { totalCount }
      level: awards(filter: { awardedBy: "org/ningbo-party-committee", level: MUNICIPAL }) { totalCount } }`);
    expect(byYear.all.totalCount).toBeGreaterThan(0);
    expect(byYear.body.totalCount).toBe(0);
    expect(byYear.level.totalCount).toBe(3);
    // README: the report dates none of the awards it names a conferring body for.
    const conferred = dataset.facts.filter((f) => f.type === 'AWARDED_BY').map((f) => dataset.entities.find((e) => e.id === f.from)!);
    expect(conferred.length).toBeGreaterThan(0);
    expect(conferred.every((award) => !('date' in award) || award.date === undefined)).toBe(true);
  });

  it('counts by body in the dashboard statistics too', async () => {
    const { awardStatistics } = await gql(
      `{ awardStatistics(groupBy: LEVEL, filter: { awardedBy: "org/ministry-of-education" }) { key awardCount } }`,
    );
    expect(awardStatistics).toEqual([{ key: 'NATIONAL', awardCount: 1 }]);
  });

  it.each([
    ['awards(filter: { awardedBy: "中共宁波市委" }) { totalCount }', 'filter.awardedBy'],
    ['awards(filter: { includeParts: true }) { totalCount }', 'filter.includeParts'],
    ['awardStatistics(groupBy: LEVEL, filter: { or: [{ awardedBy: "org/" }] }) { key }', 'filter.or[0].awardedBy'],
  ])('%s → BAD_USER_INPUT naming %s', async (field, argumentName) => {
    expect(await refusal(`{ ${field} }`)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

describe('awards at the parts of a competition (includeParts)', () => {
  it('adds the awards of the 46th WorldSkills selections to those of the competition itself', async () => {
    const data = await gql(`{
      own: awards(filter: { competition: "competition/worldskills-46" }) { totalCount }
      withParts: awards(filter: { competition: "competition/worldskills-46", includeParts: true }, first: 20) {
        totalCount edges { node { rankText wonAt { id } } } } }`);
    expect(data.own.totalCount).toBe(2);
    expect(data.withParts.totalCount).toBe(7);
    const at = data.withParts.edges.map((e: any) => e.node.wonAt.id);
    expect(new Set(at)).toEqual(
      new Set([
        'competition/worldskills-46',
        'competition/worldskills-46-zhejiang-selection',
        'competition/worldskills-46-national-selection',
      ]),
    );
  });

  it('finds 黄翔 by the name of the national 振兴杯, although he won at its Zhejiang selection', async () => {
    const data = await gql(`{
      exact: awards(filter: { competitionName: "2020年全国“振兴杯”职业技能竞赛" }) { totalCount }
      parts: awards(filter: { competitionName: "2020年全国“振兴杯”职业技能竞赛", includeParts: true }) {
        edges { node { name recipients { name } wonAt { name } } } } }`);
    expect(data.exact.totalCount).toBe(0);
    expect(data.parts.edges.map((e: any) => e.node.name).sort()).toEqual(['一等奖', '全国青年岗位能手', '省技术能手'].sort());
    for (const e of data.parts.edges) {
      expect(e.node).toMatchObject({ recipients: [{ name: '黄翔' }], wonAt: { name: '2020年全国“振兴杯”职业技能竞赛浙江省选拔赛' } });
    }
  });
});

describe('roles: people by role, roles by person', () => {
  it('answers "who is 法治副校长?" with the holder, where, and the quote', async () => {
    const { roles } = await gql(`{ roles(role: "法治副校长") { id role roleEn holder { id name } at { id name } sources { quote } } }`);
    expect(roles).toEqual([
      {
        id: 'fact/s2-rong-luning-rule-of-law-vice-principal',
        role: '法治副校长',
        roleEn: 'Vice-Principal for Rule of Law (external appointee)',
        holder: { id: 'person/rong-luning', name: '荣鲁宁' },
        at: { id: 'org/college', name: '学院' },
        sources: [{ quote: '荣鲁宁检察官担任学院法治副校长' }],
      },
    ]);
    expect(reportText).toContain(roles[0].sources[0].quote);
  });

  it('matches part of the role or of its English gloss, exact roles first', async () => {
    const vice = await gql(`{ roles(role: "VICE") { role holder { name } } }`);
    expect(vice.roles).toEqual([
      { role: '副院长', holder: { name: '潘美祥' } },
      { role: '法治副校长', holder: { name: '荣鲁宁' } },
    ]);
    const teachers = await gql(`{ roles(role: "教师", first: 200) { role } }`);
    const roles = teachers.roles.map((r: any) => r.role);
    expect(roles.slice(0, roles.lastIndexOf('教师') + 1).every((r: string) => r === '教师')).toBe(true);
    expect(new Set(roles)).toEqual(new Set(['教师', '语文教师', '正高级教师', '省特级教师']));
  });

  it("lists one person's roles, and the roles held at one place", async () => {
    const data = await gql(`{
      person: roles(holder: "person/rong-luning") { role at { name } }
      place: roles(at: "org/ningbo-education-bureau") { role holder { name } }
      typed: entity(id: "person/rong-luning") { ... on Person { roles { role other { name } } } } }`);
    expect(data.person).toEqual([
      { role: '副主任', at: { name: '第四检察部' } },
      { role: '检察官', at: { name: '宁波市人民检察院' } },
      { role: '法治副校长', at: { name: '学院' } },
    ]);
    expect(data.place).toEqual([{ role: '局长', holder: { name: '毛才盛' } }]);
    expect(data.typed.roles.map((r: any) => r.role).sort()).toEqual(data.person.map((r: any) => r.role).sort());
  });

  it.each([
    ['roles(role: "  ") { id }', 'role'],
    ['roles(holder: "荣鲁宁") { id }', 'holder'],
    ['roles(at: "org/College") { id }', 'at'],
    ['roles(first: 0) { id }', 'first'],
  ])('%s → BAD_USER_INPUT naming %s', async (field, argumentName) => {
    expect(await refusal(`{ ${field} }`)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

describe('partnerships without media coverage and platforms', () => {
  const query = (args: string) =>
    gql(
      `{ partnerships${args ? `(${args})` : ''} { partnershipKind viaPart direction other { id name ... on Organization { orgKind } } } }`,
    ).then((d) => d.partnerships as any[]);
  const stored = dataset.facts.filter((f) => f.type === 'PARTNERED_WITH');

  it("leaves out the media's coverage and the platform by default", async () => {
    const partners = await query('');
    expect(partners).toHaveLength(9);
    expect(partners.some((p) => ['MEDIA_COVERAGE', 'PLATFORM_INTEGRATION'].includes(p.partnershipKind))).toBe(false);
    expect(partners.some((p) => ['MEDIA', 'PLATFORM'].includes(p.other.orgKind))).toBe(false);
    expect(stored.length).toBe(19);
  });

  it('brings them back when asked, by include or by kind', async () => {
    const media = await query('include: [MEDIA_COVERAGE]');
    expect(
      media
        .filter((p) => p.partnershipKind === 'MEDIA_COVERAGE')
        .map((p) => p.other.name)
        .sort(),
    ).toEqual(['人民日报', '学习强国', '现代金报', '宁波晚报', '新蓝网', '技能浙江', '教科网', '宁波二套', '来发讲啥西'].sort());
    expect(media).toHaveLength(18);
    const platform = await query('include: [PLATFORM]');
    expect(platform.filter((p) => p.other.orgKind === 'PLATFORM')).toEqual([
      expect.objectContaining({ partnershipKind: 'PLATFORM_INTEGRATION', other: expect.objectContaining({ name: '超星学习通' }) }),
    ]);
    expect(await query('include: [MEDIA_COVERAGE, PLATFORM]')).toHaveLength(stored.length);
    expect(await query('kinds: [MEDIA_COVERAGE]')).toHaveLength(9);
  });

  it("includes the programme's coverage when asked for 宁波二套 with its parts", async () => {
    const own = await query('of: "org/ningbo-tv-channel-2", include: [MEDIA_COVERAGE]');
    const withParts = await query('of: "org/ningbo-tv-channel-2", include: [MEDIA_COVERAGE], includeParts: true');
    expect(own).toEqual([
      expect.objectContaining({ viaPart: null, direction: 'INCOMING', other: expect.objectContaining({ id: 'org/college' }) }),
    ]);
    expect(withParts.map((p) => p.viaPart).sort()).toEqual([null, 'org/laifa-jiang-shaxi'].sort());
  });

  it.each([
    '',
    'include: [MEDIA_COVERAGE]',
    'include: [MEDIA_COVERAGE, PLATFORM]',
    'kinds: [PLATFORM_INTEGRATION]',
    'kinds: [INTEGRATED_EDUCATION]',
  ])('Organization.partnerships(%s) lists the facts the root field lists', async (args) => {
    const ids = (list: { id: string }[]) => list.map((p) => p.id).sort();
    const { entity, partnerships } = await gql(`{
        entity(id: "org/college") { ... on Organization { partnerships${args ? `(${args})` : ''} { id } } }
        partnerships${args ? `(${args})` : ''} { id } }`);
    expect(partnerships.length).toBeGreaterThan(0);
    expect(ids(entity.partnerships)).toEqual(ids(partnerships));
  });

  it.each([
    ['partnerships(include: []) { date }', 'include'],
    ['partnerships(of: "学院") { date }', 'of'],
    ['entity(id: "org/college") { ... on Organization { partnerships(kinds: []) { id } } }', 'kinds'],
  ])('%s → BAD_USER_INPUT naming %s', async (field, argumentName) => {
    expect(await refusal(`{ ${field} }`)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

describe('connections around hubs, each path once', () => {
  const paths = (args: string) =>
    gql(`{ connections(${args}) { length nodes { id } edges { id type role } } }`).then((d) => d.connections as any[]);
  const signature = (p: any) => JSON.stringify([p.nodes.map((n: any) => n.id), p.edges.map((e: any) => e.type)]);

  it('avoids the college: 杨珍华 and 陈滢 then meet only at the competition and in the national squad', async () => {
    const found = await paths('from: "person/yang-zhenhua", to: "person/chen-ying", first: 20, avoid: ["org/college"]');
    expect(found.map((p) => p.nodes[1].id).sort()).toEqual([
      'competition/national-skills-competition-1',
      'group/worldskills-46-national-squad',
    ]);
    const all = await paths('from: "person/yang-zhenhua", to: "person/chen-ying", first: 20');
    expect(all.some((p) => p.nodes.some((n: any) => n.id === 'org/college'))).toBe(true);
  });

  it('finds the longer way round a hub when there is one (洪杰 and 俞挺)', async () => {
    const direct = await paths('from: "person/hong-jie", to: "person/yu-ting"');
    expect(direct.map((p) => p.nodes.map((n: any) => n.id))).toEqual([['person/hong-jie', 'org/college', 'person/yu-ting']]);
    const around = await paths('from: "person/hong-jie", to: "person/yu-ting", avoid: ["org/college"]');
    expect(around.map((p) => p.nodes.map((n: any) => n.id))).toEqual([
      [
        'person/hong-jie',
        'project/excellent-teacher-visiting-scholar',
        'project/ningbo-excellent-teacher-programme',
        'project/excellent-teacher-skill-master-studio',
        'person/yu-ting',
      ],
    ]);
  });

  it('excludes or keeps to relationship types', async () => {
    const excluded = await paths('from: "person/yang-zhenhua", to: "person/chen-ying", first: 20, excludeTypes: [HELD_ROLE, MEMBER_OF]');
    expect(excluded.map((p) => p.edges.map((e: any) => e.type))).toEqual([['PARTICIPATED_IN', 'PARTICIPATED_IN']]);
    const only = await paths('from: "person/yang-zhenhua", to: "person/chen-ying", first: 20, types: [MEMBER_OF]');
    expect(only.map((p) => p.nodes[1].id).sort()).toEqual(['group/worldskills-46-national-squad', 'org/college']);
  });

  it('lists parallel facts as one path: 潘美祥 holds three roles at the college', async () => {
    const facts = await gql(`{ entity(id: "person/pan-meixiang") { relations(type: HELD_ROLE) { id other { id } } } }`);
    const parallel = facts.entity.relations.filter((r: any) => r.other.id === 'org/college');
    expect(parallel).toHaveLength(3);
    const found = await paths('from: "person/pan-meixiang", to: "org/college", first: 20');
    expect(found).toHaveLength(1);
    // The path shows the fact of smallest id.
    expect(found[0].edges[0].id).toBe(parallel.map((r: any) => r.id).sort()[0]);
  });

  it('never returns the same path twice', async () => {
    for (const [from, to] of [
      ['person/yang-zhenhua', 'person/chen-ying'],
      ['person/hu-keke', 'org/college'],
      ['person/pan-meixiang', 'person/li-jianbo'],
    ]) {
      const found = await paths(`from: "${from}", to: "${to}", first: 20, maxHops: 6`);
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map(signature)).size).toBe(found.length);
    }
  });

  it.each([
    ['avoid: ["org/college"], from: "org/college", to: "person/xu-zhe"', 'avoid'],
    ['avoid: ["college"], from: "person/xu-zhe", to: "person/chen-ying"', 'avoid[0]'],
    [`avoid: [${Array.from({ length: 21 }, (_, i) => `"org/x${i}"`).join(', ')}], from: "person/xu-zhe", to: "person/chen-ying"`, 'avoid'],
    ['excludeTypes: [], from: "person/xu-zhe", to: "person/chen-ying"', 'excludeTypes'],
    ['types: [], from: "person/xu-zhe", to: "person/chen-ying"', 'types'],
  ])('connections(%s) → BAD_USER_INPUT naming %s', async (args, argumentName) => {
    expect(await refusal(`{ connections(${args}) { length } }`)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

describe('one fact, several places', () => {
  it("an entity's relations include its parts' facts on request, each fact once, saying which part", async () => {
    const data = await gql(`{ entity(id: "competition/worldskills-46") {
      own: relations(type: AT) { viaPart other { id } }
      withParts: relations(type: AT, includeParts: true) { viaPart other { id } }
      all: relations(includeParts: true, first: 200) { id type direction viaPart other { id } } } }`);
    expect(data.entity.own).toHaveLength(2);
    expect(data.entity.own.every((r: any) => r.viaPart === null)).toBe(true);
    expect(data.entity.withParts).toHaveLength(7);
    expect(data.entity.withParts.filter((r: any) => r.viaPart === 'competition/worldskills-46-zhejiang-selection')).toHaveLength(4);
    const ids = data.entity.all.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A part's PART_OF link is listed once, as the competition itself lists it.
    expect(data.entity.all.filter((r: any) => r.type === 'PART_OF')).toEqual([
      expect.objectContaining({ direction: 'INCOMING', viaPart: null, other: { id: 'competition/worldskills-46-national-selection' } }),
      expect.objectContaining({ direction: 'INCOMING', viaPart: null, other: { id: 'competition/worldskills-46-zhejiang-selection' } }),
    ]);
    expect(data.entity.all.some((r: any) => r.type === 'HOSTED' && r.other.id === 'org/college')).toBe(true);
  });

  it('gives a competition and an event the numbers measured in them', async () => {
    const data = await gql(`{
      skills: entity(id: "competition/ningbo-secondary-vocational-skills-15") { metrics { name value unit } }
      assessment: entity(id: "event/technician-assessment") { ... on Event { metrics { name value } } }
      college: entity(id: "org/college") { metrics { id } } }`);
    expect(data.skills.metrics.map((m: any) => m.name).sort()).toEqual(['22银', '25铜', '8金'].sort());
    expect(data.assessment.metrics).toEqual(
      expect.arrayContaining([
        { name: '73名学生', value: 73 },
        { name: '通过率高达94.5%', value: 94.5 },
      ]),
    );
    expect(data.college.metrics.length).toBeGreaterThan(0);
  });

  it('stores one real-world thing once: the approvals of 十.4 are their projects, every quote kept', async () => {
    const data = await gql(`{
      base: entitiesByName(name: "浙江省职业教育虚拟仿真实训基地") { id kind ... on Project { status level } sources { quote } }
      pilot: entitiesByName(name: "教育系统“1+X”专业试点") { id kind ... on Project { status } sources { quote } }
      gone: entity(id: "award/zhejiang-virtual-simulation-base-approval") { id } }`);
    expect(data.base).toEqual([
      expect.objectContaining({
        id: 'project/zhejiang-vocational-virtual-simulation-training-base',
        kind: 'PROJECT',
        status: 'APPROVED',
        level: 'PROVINCIAL',
      }),
    ]);
    expect(data.base[0].sources.map((s: any) => s.quote)).toContain('成功申报浙江省职业教育虚拟仿真实训基地');
    expect(data.pilot).toEqual([
      expect.objectContaining({ id: 'project/one-plus-x-major-pilot-digital-modelling', kind: 'PROJECT', status: 'APPROVED' }),
    ]);
    expect(data.pilot[0].sources.map((s: any) => s.quote)).toContain('数字建模专业成功申报教育系统“1+X”专业试点');
    expect(data.gone).toBeNull();
    const names = new Map<string, string[]>();
    for (const e of dataset.entities) names.set(e.name, [...(names.get(e.name) ?? []), e.kind]);
    expect(['浙江省职业教育虚拟仿真实训基地', '教育系统“1+X”专业试点'].map((n) => names.get(n))).toEqual([['PROJECT'], ['PROJECT']]);
  });
});

describe('count fields named after what they count', () => {
  it('serves awardCount, entityCount and relationshipCount, the old names deprecated but equal', async () => {
    const data = await gql(`{
      awardStatistics(groupBy: LEVEL) { key awardCount count resultCount }
      topRecipients(first: 1) { awardCount resultCount }
      graphSummary { entityCount relationshipCount entityTotal relationshipTotal entityCounts { kind entityCount count } } }`);
    for (const b of data.awardStatistics) expect(b.count).toBe(b.awardCount);
    expect(data.graphSummary).toMatchObject({
      entityCount: dataset.entities.length,
      relationshipCount: dataset.facts.length,
      entityTotal: dataset.entities.length,
      relationshipTotal: dataset.facts.length,
    });
    for (const k of data.graphSummary.entityCounts) expect(k.count).toBe(k.entityCount);
    const deprecated = await gql(`{ bucket: __type(name: "AwardBucket") { fields(includeDeprecated: true) { name isDeprecated } }
      summary: __type(name: "GraphSummary") { fields(includeDeprecated: true) { name isDeprecated } }
      kind: __type(name: "KindCount") { fields(includeDeprecated: true) { name isDeprecated } } }`);
    const flagged = Object.entries(deprecated).flatMap(([, type]: [string, any]) =>
      type.fields.filter((f: any) => f.isDeprecated).map((f: any) => f.name),
    );
    expect(flagged.sort()).toEqual(['count', 'count', 'entityTotal', 'relationshipTotal'].sort());
  });
});
