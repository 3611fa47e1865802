import { kindBars, levelBars, seriesLabel, unitLabel, valueLabel } from '../../web/src/lib/series';
import { parseRoute, seriesCsvHref, seriesHref } from '../../web/src/lib/routes';
import type { EntityKind, Level } from '../../web/src/gql/graphql';

const KINDS: EntityKind[] = ['PERSON', 'ORGANIZATION', 'AWARD', 'TRADE'];
const LEVELS: (Level | null)[] = ['SCHOOL', 'MUNICIPAL', 'NATIONAL', null];

const summary = (periodKey: string, kinds: number[], levels: number[]) => ({
  periodKey,
  entityCounts: KINDS.map((kind, i) => ({ kind, entityCount: kinds[i]! })),
  awardsByLevel: LEVELS.map((level, i) => ({ level, awardCount: levels[i]! })),
});

describe('series page', () => {
  it('labels a point with the number as given, ≥ for a lower bound', () => {
    expect(valueLabel({ value: 9672, lowerBound: false })).toBe('9672');
    expect(valueLabel({ value: 94.5, lowerBound: false })).toBe('94.5');
    expect(valueLabel({ value: 8000, lowerBound: true })).toBe('≥ 8000');
  });

  it('names a series and its unit in the interface language', () => {
    const loans = { name: '图书馆借阅量', nameEn: 'Library loans', unit: '本', unitEn: 'books' };
    expect(seriesLabel('zh', loans)).toBe('图书馆借阅量');
    expect(seriesLabel('en', loans)).toBe('Library loans');
    expect(unitLabel('en', loans)).toBe('books');
    expect(unitLabel('en', { unit: '%', unitEn: null })).toBe('%');
    expect(unitLabel('zh', { unit: null, unitEn: null })).toBeNull();
  });

  it('groups the reports’ counts by kind and level, leaving out what no report has', () => {
    const one = [summary('2020-1', [46, 0, 75, 0], [5, 0, 16, 5])];
    expect(kindBars('zh', one)).toEqual({ categories: ['人物', '奖项'], groups: [{ name: '2020-1', values: [46, 75] }] });
    expect(levelBars('en', one)).toEqual({
      categories: ['School', 'National', 'No level'],
      groups: [{ name: '2020-1', values: [5, 16, 5] }],
    });
    const two = [...one, summary('2020-2', [3, 1, 2, 0], [0, 1, 0, 0])];
    expect(kindBars('en', two)).toEqual({
      categories: ['Person', 'Organisation', 'Award'],
      groups: [
        { name: '2020-1', values: [46, 0, 75] },
        { name: '2020-2', values: [3, 1, 2] },
      ],
    });
    expect(levelBars('zh', []).categories).toEqual([]);
  });

  it('routes /series and /review, and links the server’s CSV', () => {
    expect(parseRoute('/series', '?key=library-loans')).toEqual({ view: 'series', key: 'library-loans' });
    expect(parseRoute('/series/', '')).toEqual({ view: 'series', key: '' });
    expect(parseRoute('/review', '')).toEqual({ view: 'review' });
    expect(seriesHref('library-loans')).toBe('/series?key=library-loans');
    expect(seriesHref('')).toBe('/series');
    expect(seriesCsvHref()).toBe('/series.csv');
    expect(seriesCsvHref(['library-loans', 'library-visits'])).toBe('/series.csv?key=library-loans&key=library-visits');
  });
});
