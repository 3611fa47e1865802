import { factToProperties, type FactValue } from '../../src/data/codec';
import { canonicalJson } from '../../src/seed/changes';
import { mergeFactProps } from '../../src/seed/reportMerge';

/**
 * The import writer's Node-side shortcuts (bench:scale profile) must give what the plain forms
 * gave: the digest's canonical JSON text, and a fact's properties reused only when the merge
 * would have computed the same.
 */

/** canonicalJson as it was written first (entries, filter, sort, map), the reference. */
function reference(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

it('serialises as the reference does: sorted keys, absent and null fields left out, nested values', () => {
  const values: unknown[] = [
    { b: 1, a: [1, { z: null, y: undefined, x: 'é' }], ä: 2, A: 3, '': 0 },
    [undefined, null, 1.5, 'x', [], {}],
    { only: null },
    { n: { m: { l: ['一', '二'] } }, srcItem: [0, 3] },
    'text "quoted"',
    42,
    true,
    null,
    undefined,
  ];
  for (const value of values) expect(canonicalJson(value)).toBe(reference(value));
  expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
});

const source = (report: string, quote: string) => ({ report, section: '前言', item: null, quote });

it("reuses a new fact's own properties only when its sources are already in time order", () => {
  const semesters = new Map([
    ['r-2020', '2020-1'],
    ['r-2021', '2021-1'],
  ]);
  const ordered: FactValue = {
    id: 'fact/a',
    type: 'RECEIVED',
    from: 'p',
    to: 'w',
    sources: [source('r-2020', 'x'), source('r-2021', 'y')],
  };
  const own = factToProperties(ordered);
  expect(mergeFactProps(ordered, undefined, new Set(['r-2020', 'r-2021']), semesters, [], own)).toBe(own);

  const unordered: FactValue = { ...ordered, sources: [source('r-2021', 'y'), source('r-2020', 'x')] };
  const merged = mergeFactProps(unordered, undefined, new Set(['r-2020', 'r-2021']), semesters, [], factToProperties(unordered));
  expect(merged).toEqual(own);
  expect(merged).toEqual(mergeFactProps(unordered, undefined, new Set(['r-2020', 'r-2021']), semesters, []));
});
