import type { Executor } from '../neo4j/executor';
import { parseCorpus, type ReportSection } from '../model/reportText';
import { reportFromProperties, type Props } from './codec';
import { ENTITY_KINDS, LEVELS, type Level } from '../model/vocabulary';
import type { KindCountRecord, ReportRecord, ReportSectionRecord } from './model';
import { REPORT_COUNTS, type ReportCounts } from './reportCounts';

/** Data access for the reports every fact is traced to. */

/**
 * The properties a read of a report returns. The text (kilobytes) only when the request selects
 * its sections, which are read from it.
 */
export const reportProjection = (variable: string, withText: boolean) =>
  `${variable} {.id, .title, .titleEn, .period, .semester, .sha256, .sectionTitleEnHeadings, .sectionTitlesEn${withText ? ', .text' : ''}}`;

export async function findReportById(db: Executor, id: string, withText = false): Promise<ReportRecord | null> {
  const result = await db.read(`MATCH (r:Report {id: $id}) RETURN ${reportProjection('r', withText)} AS report`, { id });
  const row = result.records[0];
  return row ? reportFromProperties(row.get('report') as Props) : null;
}

/** Every report (or only these, what was known as of a moment), in id order (one per semester: a short list). */
export async function listReports(db: Executor, withText = false, only: string[] | null = null): Promise<ReportRecord[]> {
  const result = await db.read(
    `MATCH (r:Report)${only ? ' WHERE r.id IN $only' : ''} WITH r ORDER BY r.id RETURN ${reportProjection('r', withText)} AS report`,
    { only },
  );
  return result.records.map((row) => reportFromProperties(row.get('report') as Props));
}

export interface ReportSummaryRecord {
  report: ReportRecord;
  periodKey: string;
  entityCounts: KindCountRecord[];
  entityCount: number;
  factCount: number;
  awardsByLevel: { level: Level | null; awardCount: number }[];
}

/**
 * What each report states, counted (an entity or fact counts for every report among its
 * sources), oldest first, in one statement: the counts kept on the Report nodes
 * (data/reportCounts.ts). Every kind and level is listed, zero included, so that a chart's
 * categories are the same for every report.
 */
export async function listReportSummaries(db: Executor, reports: string[] | null, withText = false): Promise<ReportSummaryRecord[]> {
  const result = await db.read(
    `MATCH (rep:Report) WHERE $reports IS NULL OR rep.id IN $reports
     WITH rep ORDER BY rep.semester, rep.id
     ${REPORT_COUNTS}
     RETURN ${reportProjection('rep', withText)} AS report, counts`,
    { reports },
  );
  return result.records.map((row) => {
    const report = reportFromProperties(row.get('report') as Props);
    const counts = row.get('counts') as ReportCounts;
    const kinds = new Map(counts.kinds);
    const levels = new Map(counts.levels);
    const entityCounts = ENTITY_KINDS.map((kind) => ({ kind, entityCount: kinds.get(kind) ?? 0 }));
    return {
      report,
      periodKey: report.semester,
      entityCounts,
      entityCount: entityCounts.reduce((sum, c) => sum + c.entityCount, 0),
      factCount: counts.facts,
      awardsByLevel: [...LEVELS, null].map((level) => ({ level, awardCount: levels.get(level ?? '') ?? 0 })),
    };
  });
}

/** The full text of a report, as imported (null for an unknown id). */
export async function findReportText(db: Executor, id: string): Promise<string | null> {
  const result = await db.read('MATCH (r:Report {id: $id}) RETURN r.text AS text', { id });
  return (result.records[0]?.get('text') as string | null | undefined) ?? null;
}

/**
 * Parsed texts by SHA-256: a text never changes under its hash, and a graph holds a report per
 * semester, so a few entries serve every request. Bounded all the same.
 */
const parsedByHash = new Map<string, ReportSection[]>();
const PARSED_KEPT = 32;

/**
 * The sections of a report whose record carries its text (see reportProjection), with the
 * dataset's English glosses of their titles. The text was parsed when it was imported; one that
 * no longer parses gives no sections rather than a failed request.
 */
export function sectionsOfReport(report: ReportRecord & { text: string }): ReportSectionRecord[] {
  let sections = parsedByHash.get(report.sha256);
  if (!sections) {
    try {
      sections = parseCorpus(report.text).sections;
    } catch {
      sections = [];
    }
    if (parsedByHash.size >= PARSED_KEPT) parsedByHash.delete(parsedByHash.keys().next().value!);
    parsedByHash.set(report.sha256, sections);
  }
  return sections.map((s) => ({
    number: s.number,
    heading: s.section,
    title: s.title,
    titleEn: report.sectionTitlesEn[s.section] ?? null,
    text: s.text,
    items: s.items.map((item) => ({ number: item.number, text: item.text })),
  }));
}

/** A report's place in time: its id and semester (2020-1), as `asOf`, validity and ranks need it. */
export interface ReportMoment {
  id: string;
  semester: string;
}

/**
 * Every report in time order (semester, then id), kept for a few seconds: reports change only
 * when a dataset is imported, which forgets it at once in this process (forgetReportCalendar),
 * and a handful of reports answer every request's `asOf`, ranks and validity from memory.
 */
let calendar: { at: number; reports: Promise<ReportMoment[]> } | null = null;
const CALENDAR_KEPT_MS = 5000;

export function reportCalendar(db: Executor, fresh = false): Promise<ReportMoment[]> {
  if (!fresh && calendar && Date.now() - calendar.at < CALENDAR_KEPT_MS) return calendar.reports;
  const reports = db
    .read("MATCH (r:Report) RETURN r.id AS id, coalesce(r.semester, '') AS semester ORDER BY semester, id")
    .then((result) => result.records.map((row) => ({ id: row.get('id') as string, semester: row.get('semester') as string })));
  calendar = { at: Date.now(), reports };
  // A failed read is not kept: the next request tries again.
  reports.catch(() => {
    if (calendar?.reports === reports) calendar = null;
  });
  return reports;
}

/** After a dataset write: the next read of the calendar sees its reports. */
export function forgetReportCalendar(): void {
  calendar = null;
}
