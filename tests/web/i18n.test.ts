import { FACT_GROUPS, factGroup, groupFacts } from '../../web/src/lib/factGroups';
import { htmlLang, kindLabel, levelLabel, parseLang, relationLabel, sourceLabel, translate } from '../../web/src/lib/i18n';
import { encodeId, entityHref, parseRoute, pathHref } from '../../web/src/lib/routes';

describe('i18n', () => {
  it('looks messages up in both languages and fills placeholders', () => {
    expect(translate('zh', 'navAwards')).toBe('获奖');
    expect(translate('en', 'navAwards')).toBe('Awards');
    expect(translate('en', 'awardsCount', { total: 77, shown: 20 })).toBe('77 awards, 20 shown');
    expect(translate('zh', 'awardsCount', { total: 77 })).toBe('共 77 项，已显示 {shown} 项');
  });

  it('labels enums, relations and sources', () => {
    expect(kindLabel('zh', 'PERSON')).toBe('人物');
    expect(levelLabel('en', 'PROVINCIAL')).toBe('Provincial');
    expect(relationLabel('en', 'RECEIVED', 'OUTGOING')).toBe('received');
    expect(relationLabel('en', 'RECEIVED', 'INCOMING')).toBe('received by');
    expect(sourceLabel('zh', '四', 1)).toBe('第四部分第1条');
    expect(sourceLabel('en', '四', 1)).toBe('Section 四, item 1');
    expect(sourceLabel('en', '四', null)).toBe('Section 四');
    expect(sourceLabel('zh', '前言', null)).toBe('前言');
  });

  it('accepts only known languages', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBeUndefined();
    expect(parseLang(null)).toBeUndefined();
    expect(htmlLang('zh')).toBe('zh-CN');
  });
});

describe('routes', () => {
  it('keeps the slash of entity ids in the path', () => {
    expect(entityHref('person/yang-zhenhua')).toBe('/entity/person/yang-zhenhua');
    expect(parseRoute('/entity/person/yang-zhenhua', '')).toEqual({ view: 'entity', id: 'person/yang-zhenhua' });
    expect(parseRoute('/graph/org/college/', '')).toEqual({ view: 'graph', id: 'org/college' });
    expect(encodeId('person/a b')).toBe('person/a%20b');
    expect(parseRoute('/entity/person/a%20b', '')).toEqual({ view: 'entity', id: 'person/a b' });
  });

  it('reads the other views and rejects malformed paths', () => {
    expect(parseRoute('/', '')).toEqual({ view: 'search', query: '' });
    expect(parseRoute('/search', '?q=yzh')).toEqual({ view: 'search', query: 'yzh' });
    expect(parseRoute('/awards', '?level=NATIONAL')).toEqual({ view: 'awards', search: '?level=NATIONAL' });
    expect(parseRoute('/path', pathHref('person/a', 'person/b').slice(5))).toEqual({
      view: 'path',
      from: 'person/a',
      to: 'person/b',
      avoid: [],
    });
    expect(parseRoute('/path', pathHref('person/a', 'person/b', ['org/college', 'org/x']).slice(5))).toEqual({
      view: 'path',
      from: 'person/a',
      to: 'person/b',
      avoid: ['org/college', 'org/x'],
    });
    expect(parseRoute('/entity/person', '').view).toBe('notFound');
    expect(parseRoute('/entity/a/b/c', '').view).toBe('notFound');
    expect(parseRoute('/entity/person/%E0%A4%A', '').view).toBe('notFound');
    expect(parseRoute('/nope', '').view).toBe('notFound');
  });
});

describe('fact groups', () => {
  it('sorts facts into the entity page sections', () => {
    expect(factGroup('RECEIVED', 'AWARD')).toBe('awards');
    expect(factGroup('HELD_ROLE', 'ORGANIZATION')).toBe('roles');
    expect(factGroup('MEMBER_OF', 'GROUP')).toBe('groups');
    expect(factGroup('PARTNERED_WITH', 'ORGANIZATION')).toBe('partnerships');
    expect(factGroup('PARTICIPATED_IN', 'PROJECT')).toBe('projects');
    expect(factGroup('PARTICIPATED_IN', 'COMPETITION')).toBe('events');
    expect(factGroup('HOSTED', 'EVENT')).toBe('events');
    expect(factGroup('POSSIBLY_SAME_AS', 'PERSON')).toBe('other');
  });

  it('keeps section order and the order of facts within a section', () => {
    const facts = [
      { id: 1, type: 'MEMBER_OF', other: { kind: 'GROUP' } },
      { id: 2, type: 'RECEIVED', other: { kind: 'AWARD' } },
      { id: 3, type: 'MEMBER_OF', other: { kind: 'ORGANIZATION' } },
    ] as const;
    const groups = groupFacts(facts);
    expect(groups.map(([g, list]) => [g, list.map((f) => f.id)])).toEqual([
      ['awards', [2]],
      ['groups', [1, 3]],
    ]);
    expect(FACT_GROUPS[0]).toBe('awards');
  });
});
