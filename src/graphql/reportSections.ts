import type { GraphQLResolveInfo } from 'graphql';
import { findReportText, sectionsOfReport } from '../data/reports';
import type { ReportRecord, ReportSectionRecord } from '../data/model';
import type { Executor } from '../neo4j/executor';
import { selectsAnyOf } from './selection';

/** Fields of Report made from its text. */
const TEXT_FIELDS = ['sections', 'section'] as const;

/**
 * Whether a field returning reports (at `path` below it) selects their sections: the root field
 * then reads the text in its one statement.
 */
export const needsReportText = (info: GraphQLResolveInfo, path: string[] = []) => selectsAnyOf(info, path, TEXT_FIELDS);

/** A report's sections, from the text its root field read (or, for a report reached otherwise, read now). */
export async function sectionsOf(db: Executor, report: ReportRecord): Promise<ReportSectionRecord[]> {
  const text = report.text ?? (await findReportText(db, report.id));
  return text === null ? [] : sectionsOfReport({ ...report, text });
}
