import type { Executor } from '../neo4j/executor';
import type { ReportRecord } from './model';

/** Data access for the reports every fact is traced to. */
export async function findReportById(db: Executor, id: string): Promise<ReportRecord | null> {
  const result = await db.read('MATCH (r:Report {id: $id}) RETURN r {.id, .title, .titleEn, .period, .sha256} AS report', { id });
  return (result.records[0]?.get('report') as ReportRecord | undefined) ?? null;
}

/** The full text of a report, as imported (null for an unknown id). */
export async function findReportText(db: Executor, id: string): Promise<string | null> {
  const result = await db.read('MATCH (r:Report {id: $id}) RETURN r.text AS text', { id });
  return (result.records[0]?.get('text') as string | null | undefined) ?? null;
}
