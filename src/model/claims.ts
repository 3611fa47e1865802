import type { ClaimRank } from './vocabulary';

/**
 * Facts over many reports. A fact (a claim) is stated by one or more reports; a later report
 * that repeats it adds a source, one that says otherwise adds a competing claim that names the
 * one it contradicts (`contradicts`), and one that says it ended adds an end quote. Nothing is
 * overwritten, so every answer can be given as of any report. Everything here is derived from
 * the reports' ids and their order in time (a `Calendar`), never guessed.
 */

/** The reports in time order (by semester, then id), and the ones known as of a moment. */
export interface Calendar {
  /** Report id → position in time (0 is the earliest). */
  order: ReadonlyMap<string, number>;
  /** The reports known as of the moment asked about; null when the question is "now" (all of them). */
  known: ReadonlySet<string> | null;
}

/** What deriving a claim's rank or validity needs of a fact. */
export interface ClaimEvidence {
  id: string;
  /** The report of each source, as stored (repeats included). */
  srcReport: readonly string[];
  /** The report of each quote saying the fact ended. */
  endReport?: readonly string[] | null;
  /** A rank a curator stated; it wins over the derived one. */
  rank?: ClaimRank | null;
}

const isKnown = (calendar: Calendar, report: string) => calendar.known === null || calendar.known.has(report);

/** The reports stating the fact, each once, earliest first; only those known as of the calendar's moment. */
export function statedIn(reports: readonly string[], calendar: Calendar): string[] {
  const distinct = [...new Set(reports)].filter((r) => isKnown(calendar, r));
  return distinct.sort((a, b) => (calendar.order.get(a) ?? Infinity) - (calendar.order.get(b) ?? Infinity) || (a < b ? -1 : 1));
}

/** Whether any report known as of the calendar's moment states it. */
export const isVisible = (reports: readonly string[], calendar: Calendar) => reports.some((r) => isKnown(calendar, r));

/** The validity of a fact: from the first report stating it to the first stating that it ended (null: still valid). */
export function validity(claim: ClaimEvidence, calendar: Calendar): { from: string | null; until: string | null } {
  return { from: statedIn(claim.srcReport, calendar)[0] ?? null, until: statedIn(claim.endReport ?? [], calendar)[0] ?? null };
}

/** Position of the latest report stating the claim (as of the calendar's moment); -1 if none. */
const latest = (claim: ClaimEvidence, calendar: Calendar) =>
  Math.max(-1, ...statedIn(claim.srcReport, calendar).map((r) => calendar.order.get(r) ?? -1));

/**
 * The claim's rank among its competitors (the claims it contradicts or that contradict it): a
 * curator's rank stands; otherwise a claim with no visible competitor is NORMAL, and among
 * competing claims the one stated most recently is PREFERRED (a tie prefers both), the others
 * NORMAL, unless a competitor was made PREFERRED by a curator.
 */
export function claimRank(claim: ClaimEvidence, competitors: readonly ClaimEvidence[], calendar: Calendar): ClaimRank {
  if (claim.rank) return claim.rank;
  const visible = competitors.filter((c) => c.id !== claim.id && isVisible(c.srcReport, calendar) && c.rank !== 'DEPRECATED');
  if (visible.length === 0) return 'NORMAL';
  if (visible.some((c) => c.rank === 'PREFERRED')) return 'NORMAL';
  const mine = latest(claim, calendar);
  return visible.every((c) => latest(c, calendar) <= mine) ? 'PREFERRED' : 'NORMAL';
}

/** A semester as report manifests write it: the school year and 1 or 2, e.g. 2020-2. */
export const SEMESTER = /^\d{4}-[12]$/;
