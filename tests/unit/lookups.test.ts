import { levelBounds } from '../../src/data/awards';
import { lookupQuery } from '../../src/data/entities';

/** The pure parts of the indexed lookups: the lookup index's Lucene query and the levels an award filter allows. */
describe('lookupQuery', () => {
  it('asks for the name among the aliases and each key among its own list, as whole quoted terms', () => {
    expect(lookupQuery('第46届 大赛', '第 46 届大赛', '大赛')).toBe('aliases:"第46届 大赛" OR nameKeys:"第 46 届大赛" OR looseKeys:"大赛"');
  });

  it('escapes Lucene syntax so that no name changes the query', () => {
    expect(lookupQuery('a"b\\c*:', null, null)).toBe('aliases:"a\\"b\\\\c\\*\\:"');
  });

  it('leaves out keys that are missing or empty', () => {
    expect(lookupQuery('*', '', null)).toBe('aliases:"\\*"');
    expect(lookupQuery('', null, null)).toBeNull();
  });
});

describe('levelBounds', () => {
  it('reads the level leaves and those of `and` parts', () => {
    expect(levelBounds({})).toEqual({ min: 0, max: Infinity });
    expect(levelBounds({ levelAtLeast: 'NATIONAL' })).toEqual({ min: 5, max: Infinity });
    expect(levelBounds({ level: 'MUNICIPAL' })).toEqual({ min: 3, max: 3 });
    expect(levelBounds({ and: [{ levelAtMost: 'PROVINCIAL' }], levelAtLeast: 'DISTRICT' })).toEqual({ min: 2, max: 4 });
  });

  it('assumes nothing of `or` and `not`, which may allow any level or none', () => {
    expect(levelBounds({ or: [{ level: 'NATIONAL' }, { level: 'SCHOOL' }] })).toEqual({ min: 0, max: Infinity });
    expect(levelBounds({ not: { levelAtLeast: 'NATIONAL' } })).toEqual({ min: 0, max: Infinity });
  });
});
