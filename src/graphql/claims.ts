import type { AsOf, CompetingClaim, RelationRecord } from '../data/model';
import { reportCalendar } from '../data/reports';
import { claimRank, isVisible, SEMESTER, statedIn, validity, type Calendar } from '../model/claims';
import type { Executor } from '../neo4j/executor';
import { badUserInput } from './errors';

/**
 * The fields a fact serves from the reports that state it and their order in time (see
 * model/claims.ts): the reports, the rank among competing claims and the validity, each as of
 * the moment its root field answers for (`asOf`, carried on the record) or now.
 */

const REPORT_ID = /^report\/[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Checks an `asOf` argument (a report id or a semester) and resolves it to the reports known
 * then: those of that semester or earlier. A report's own semester counts as known in full.
 */
export async function resolveAsOf(db: Executor, value: string | null | undefined, argument = 'asOf'): Promise<AsOf | null> {
  if (value === null || value === undefined) return null;
  const given = value.trim();
  const isSemester = SEMESTER.test(given);
  if (!isSemester && !REPORT_ID.test(given)) {
    throw badUserInput(argument, `must be a report id such as report/2020-s1 or a semester such as 2020-1, got "${value}"`);
  }
  let reports = await reportCalendar(db);
  // A report imported by another process since the calendar was read: read it again once.
  if (!isSemester && !reports.some((r) => r.id === given)) reports = await reportCalendar(db, true);
  const cutoff = isSemester ? given : reports.find((r) => r.id === given)?.semester;
  if (cutoff === undefined) throw badUserInput(argument, `no report with id "${value}"`);
  return { value: given, known: reports.filter((r) => r.semester <= cutoff).map((r) => r.id) };
}

/** The calendar a record's claim fields are derived with: every report's place in time, and what was known as of `asOf`. */
async function calendarFor(db: Executor, asOf: AsOf | undefined): Promise<Calendar> {
  const reports = await reportCalendar(db);
  return { order: new Map(reports.map((r, i) => [r.id, i])), known: asOf ? new Set(asOf.known) : null };
}

type ClaimRecord = Pick<RelationRecord, 'id' | 'sources' | 'ended' | 'rank' | 'competing' | 'asOf'>;

const reportsOf = (record: ClaimRecord) => record.sources.map((s) => s.report);
const evidence = (record: ClaimRecord) => ({
  id: record.id,
  srcReport: reportsOf(record),
  endReport: record.ended.map((s) => s.report),
  rank: record.rank,
});
const competitorEvidence = (c: CompetingClaim) => ({ id: c.id, srcReport: c.srcReport ?? [], rank: c.rank });

/** Resolvers of the claim fields, shared by `Relation` and `Fact`. */
export const claimFields = {
  statedIn: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) =>
    statedIn(reportsOf(record), await calendarFor(db, record.asOf)),
  rank: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) =>
    claimRank(evidence(record), (record.competing ?? []).map(competitorEvidence), await calendarFor(db, record.asOf)),
  validFrom: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) =>
    validity(evidence(record), await calendarFor(db, record.asOf)).from,
  validUntil: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) =>
    validity(evidence(record), await calendarFor(db, record.asOf)).until,
  current: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) =>
    validity(evidence(record), await calendarFor(db, record.asOf)).until === null,
  ended: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) => {
    const calendar = await calendarFor(db, record.asOf);
    return record.ended.filter((s) => calendar.known === null || calendar.known.has(s.report));
  },
  competing: async (record: ClaimRecord, _args: unknown, { db }: { db: Executor }) => {
    const calendar = await calendarFor(db, record.asOf);
    return (record.competing ?? [])
      .filter((c) => isVisible(c.srcReport ?? [], calendar))
      .map((c) => c.id)
      .sort();
  },
};
