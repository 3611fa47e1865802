import {
  formatAwardQuery,
  hasFilter,
  nextSort,
  parseAwardQuery,
  toAwardFilter,
  toAwardOrder,
  type AwardTableState,
} from '../../web/src/lib/awardFilters';
import { bucketFilter } from '../../web/src/lib/bucketFilter';

describe('awards table state ⇄ URL query string', () => {
  it('round-trips every filter and the order', () => {
    const state: AwardTableState = {
      competition: 'competition/national-skills-competition-1',
      trade: 'trade/bricklaying',
      level: 'NATIONAL',
      levelAtLeast: 'PROVINCIAL',
      rank: ['GOLD_MEDAL', 'SILVER_MEDAL'],
      recipientKind: 'STUDENT',
      year: '2020',
      section: 4,
      sort: 'RANK',
      dir: 'ASC',
    };
    const query = formatAwardQuery(state);
    expect(query).toBe(
      '?competition=competition%2Fnational-skills-competition-1&trade=trade%2Fbricklaying&level=NATIONAL&levelAtLeast=PROVINCIAL&rank=GOLD_MEDAL%2CSILVER_MEDAL&recipientKind=STUDENT&year=2020&section=4&sort=RANK&dir=ASC',
    );
    expect(parseAwardQuery(query)).toEqual(state);
  });

  it('leaves defaults out of the URL and reads an empty query as the defaults', () => {
    expect(formatAwardQuery({ sort: 'DATE', dir: 'DESC' })).toBe('');
    expect(parseAwardQuery('')).toEqual({ sort: 'DATE', dir: 'DESC' });
    expect(formatAwardQuery(parseAwardQuery('?levelAtLeast=PROVINCIAL'))).toBe('?levelAtLeast=PROVINCIAL');
  });

  it('drops bad values instead of sending them to the API', () => {
    const state = parseAwardQuery(
      '?competition=../../etc&trade=trade/../x&level=GALACTIC&levelAtLeast=provincial&rank=GOLD_MEDAL,NOPE,GOLD_MEDAL&recipientKind=ALIEN&year=20x0&section=100&sort=SIZE&dir=UP',
    );
    expect(state).toEqual({ rank: ['GOLD_MEDAL'], sort: 'DATE', dir: 'DESC' });
    expect(parseAwardQuery('?section=-1').section).toBeUndefined();
    expect(parseAwardQuery('?section=abc').section).toBeUndefined();
    expect(parseAwardQuery('?section=0').section).toBe(0);
    // A report may have any number of sections, up to 九十九.
    expect(parseAwardQuery('?section=11').section).toBe(11);
    expect(parseAwardQuery('?section=99').section).toBe(99);
    expect(parseAwardQuery('?year=%3Cscript%3E').year).toBeUndefined();
  });

  it('builds the API filter and order', () => {
    const state = parseAwardQuery('?levelAtLeast=PROVINCIAL&year=2020&section=3&sort=LEVEL');
    expect(toAwardFilter(state)).toEqual({ levelAtLeast: 'PROVINCIAL', dateFrom: '2020', dateTo: '2020-12-31', section: 3 });
    expect(toAwardOrder(state)).toEqual({ field: 'LEVEL', direction: 'DESC' });
    expect(toAwardFilter(parseAwardQuery('?trade=trade%2Fbricklaying'))).toEqual({ trade: 'trade/bricklaying' });
    expect(toAwardFilter(parseAwardQuery('?sort=NAME'))).toBeUndefined();
    expect(hasFilter(parseAwardQuery('?sort=NAME'))).toBe(false);
  });

  it('flips the direction of the sorted column and starts others in their natural direction', () => {
    const state = parseAwardQuery('');
    expect(nextSort(state, 'DATE')).toEqual({ sort: 'DATE', dir: 'ASC' });
    expect(nextSort(state, 'RANK')).toEqual({ sort: 'RANK', dir: 'ASC' });
    expect(nextSort(state, 'LEVEL')).toEqual({ sort: 'LEVEL', dir: 'DESC' });
  });
});

describe('dashboard bars → table filters', () => {
  it('maps each dimension key to its filter', () => {
    expect(bucketFilter('LEVEL', 'NATIONAL')).toEqual({ level: 'NATIONAL' });
    expect(bucketFilter('RANK', 'SILVER_MEDAL')).toEqual({ rank: ['SILVER_MEDAL'] });
    expect(bucketFilter('RECIPIENT_KIND', 'GROUP')).toEqual({ recipientKind: 'GROUP' });
    expect(bucketFilter('SECTION', '四')).toEqual({ section: 4 });
    expect(bucketFilter('SECTION', '十')).toEqual({ section: 10 });
    expect(bucketFilter('SECTION', '十一')).toEqual({ section: 11 });
    expect(bucketFilter('SECTION', '九十九')).toEqual({ section: 99 });
  });

  it('gives nothing for buckets the filter cannot express', () => {
    expect(bucketFilter('LEVEL', 'UNSPECIFIED')).toBeUndefined();
    expect(bucketFilter('RECIPIENT_KIND', 'UNSPECIFIED')).toBeUndefined();
    expect(bucketFilter('SECTION', '前言')).toBeUndefined();
  });
});
