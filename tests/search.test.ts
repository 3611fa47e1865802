import { compileSearch } from '../src/data/searchQuery';
import { startTestApp, type TestApp } from './support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const search = async (query: string, extra = '') => {
  const { body } = await app.post(
    `query($q: String!) { search(query: $q${extra}) { kind matchedField snippet score entity { id name } } }`,
    { q: query },
  );
  return body;
};
const ids = async (query: string, extra = '') => {
  const body = await search(query, extra);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.search.map((hit: any) => hit.entity.id);
};

describe('search', () => {
  it.each([
    ['杨珍华', 'the full Chinese name'],
    ['yáng zhēn huá', 'pinyin with tones'],
    ['yang zhenhua', 'pinyin as the English name'],
    ['yangzhenhua', 'pinyin run together'],
    ['yzh', 'pinyin initials'],
    ['Yang', 'an English name part'],
  ])('finds 杨珍华 first by %s (%s)', async (query) => {
    expect((await ids(query))[0]).toBe('person/yang-zhenhua');
  });

  it('finds a person by the variant spelling the report uses elsewhere', async () => {
    const body = await search('裘耀东');
    expect(body.data!.search[0]).toMatchObject({
      kind: 'PERSON',
      matchedField: 'ALIAS',
      entity: { id: 'person/qiu-dongyao', name: '裘东耀' },
      snippet: '宁波市委副书记、市长<em>裘耀东</em>',
    });
  });

  it('matches one Chinese character as a prefix of a bigram', async () => {
    expect(await ids('珍', ', kinds: [PERSON]')).toEqual(expect.arrayContaining(['person/yang-zhenhua', 'person/mao-zhenzhen']));
  });

  it('finds a full name alone when no other entity shares a pair of its characters', async () => {
    const hits = await ids('杨珍华');
    expect(hits).toEqual(['person/yang-zhenhua']);
  });

  it('highlights the match inside the report sentence that names the entity', async () => {
    const body = await search('陈滢', ', kinds: [PERSON]');
    expect(body.data!.search[0]).toMatchObject({ matchedField: 'NAME', snippet: '3D数字游戏艺术选手<em>陈滢</em>' });
  });

  it('searches English glosses across kinds and filters by kind', async () => {
    expect(await ids('WorldSkills', ', kinds: [COMPETITION], first: 50')).toEqual(
      expect.arrayContaining(['competition/worldskills-46', 'competition/worldskills-46-zhejiang-selection']),
    );
    const body = await search('WorldSkills', ', kinds: [PERSON]');
    expect(body.data!.search).toEqual([]);
  });

  it.each(['"', 'a AND', 'OR', '(', '*', '~1', 'title:x', '\\', 'yang" OR name:*', '杨珍华)(^'])(
    'treats Lucene syntax in %p as text: no error',
    async (query) => {
      const body = await search(query);
      const code = body.errors?.[0]?.extensions?.code;
      expect(code === undefined || code === 'BAD_USER_INPUT').toBe(true);
    },
  );

  it('refuses a query with nothing to search for, naming the argument', async () => {
    const body = await search('   ');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
    const punctuation = await search('“”（）');
    expect(punctuation.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
  });
});

describe('the query compiler', () => {
  const lucene = (text: string) => compileSearch(text)?.lucene ?? null;

  it('escapes and structures every token: any bigram, lone character or word finds a candidate', () => {
    expect(lucene('杨珍华')).toBe('"杨珍华"^2 OR "杨珍" OR "珍华"');
    expect(lucene('珍')).toBe('珍*');
    expect(lucene('Yáng zhen')).toBe('yang OR yang* OR zhen OR zhen*');
    expect(lucene('name:"x" OR *')).toBe('name OR name* OR x OR or OR or*');
    expect(lucene('()*')).toBeNull();
  });

  it('keys the query as a name and counts its positions', () => {
    expect(compileSearch('“第十五届中国浙江·宁波人才科技周”')).toMatchObject({ key: '第十五届中国浙江宁波人才科技周', size: 15 });
    expect(compileSearch('首届2020年浙江省技能大赛')).toMatchObject({
      key: '首届 2020 年浙江省技能大赛',
      loose: '浙江省技能大赛',
      size: 11,
    });
    expect(compileSearch('Yang Zhenhua')).toMatchObject({ key: 'yang zhenhua', phrase: ' yang zhenhua', size: 2 });
  });
});
