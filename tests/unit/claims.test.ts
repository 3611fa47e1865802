import { claimRank, statedIn, validity, type Calendar } from '../../src/model/claims';

/** Ranks and validity are derived from the reports and their order, as of a moment. */
const order = new Map([
  ['report/a', 0],
  ['report/b', 1],
  ['report/c', 2],
]);
const now: Calendar = { order, known: null };
const asOf = (...known: string[]): Calendar => ({ order, known: new Set(known) });

describe('claims over many reports', () => {
  it('lists the reports stating a fact once each, earliest first, as of a moment', () => {
    expect(statedIn(['report/c', 'report/a', 'report/c'], now)).toEqual(['report/a', 'report/c']);
    expect(statedIn(['report/c', 'report/a'], asOf('report/a', 'report/b'))).toEqual(['report/a']);
  });

  it('prefers the claim stated most recently; a claim alone is normal', () => {
    const old = { id: 'fact/old', srcReport: ['report/a'] };
    const later = { id: 'fact/new', srcReport: ['report/b'] };
    expect(claimRank(old, [], now)).toBe('NORMAL');
    expect(claimRank(later, [old], now)).toBe('PREFERRED');
    expect(claimRank(old, [later], now)).toBe('NORMAL');
    // As of the first report, the later claim is not known yet.
    expect(claimRank(old, [later], asOf('report/a'))).toBe('NORMAL');
    // Restated later, the old claim is preferred again; a tie prefers both.
    expect(claimRank({ ...old, srcReport: ['report/a', 'report/c'] }, [later], now)).toBe('PREFERRED');
    expect(claimRank({ ...old, srcReport: ['report/b'] }, [later], now)).toBe('PREFERRED');
  });

  it("keeps a curator's rank, and a curated preferred competitor outranks a later claim", () => {
    const old = { id: 'fact/old', srcReport: ['report/a'], rank: 'PREFERRED' as const };
    const later = { id: 'fact/new', srcReport: ['report/b'] };
    expect(claimRank(old, [later], now)).toBe('PREFERRED');
    expect(claimRank(later, [old], now)).toBe('NORMAL');
    expect(claimRank(later, [{ ...old, rank: 'DEPRECATED' as const }], now)).toBe('NORMAL');
  });

  it('gives a fact its validity from the first report stating it to the first stating it ended', () => {
    const role = { id: 'fact/role', srcReport: ['report/a', 'report/b'], endReport: ['report/c'] };
    expect(validity(role, now)).toEqual({ from: 'report/a', until: 'report/c' });
    expect(validity(role, asOf('report/a', 'report/b'))).toEqual({ from: 'report/a', until: null });
  });
});
