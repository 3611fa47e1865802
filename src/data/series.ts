import type { Executor } from '../neo4j/executor';
import type { Provenance } from '../model/provenance';
import { fromProvenanceProperties, type ProvenanceProperties } from '../model/provenance';
import { reportFromProperties, seriesValueFromProperties, type Props, type SeriesValue } from './codec';
import { toEntityRecord } from './entities';
import type { EntityRecord, ReportRecord } from './model';
import { CypherParams, entityProjection, type EntitySelection } from './projection';
import { reportProjection } from './reports';

/** Data access for metric series: the numbers the reports state again, one point per report. */

export interface MetricPointRecord {
  report: ReportRecord;
  periodKey: string;
  period: string;
  value: number;
  lowerBound: boolean;
  metric: EntityRecord<'METRIC'>;
  /** The metric's sources in this report. */
  quotes: Provenance[];
}

export type MetricSeriesRecord = Pick<SeriesValue, 'key' | 'name' | 'nameEn'> & {
  unit: string | null;
  unitEn: string | null;
  note: string | null;
  scope: EntityRecord;
  points: MetricPointRecord[];
};

export interface SeriesQuery {
  /** Only these keys; null for any. */
  keys: string[] | null;
  scope: string | null;
  unit: string | null;
  /** Only points of these reports (what was known as of a moment), and only series with one; null for all. */
  reports: string[] | null;
}

/** What the request selects below a series: its scope entity, each point's metric and report. */
export interface SeriesSelection {
  scope: EntitySelection;
  metric: EntitySelection;
  reportText: boolean;
}

/**
 * The series that match, by key, each with its scope and its points oldest first, in one
 * statement. A point is a metric naming the series and a report among its sources: a metric
 * that a later report restates (a source from each) is a point of each report.
 */
export async function listSeries(db: Executor, query: SeriesQuery, selection: SeriesSelection): Promise<MetricSeriesRecord[]> {
  const params = new CypherParams();
  const keys = params.add(query.keys);
  const scopeId = params.add(query.scope);
  const unit = params.add(query.unit);
  const reports = params.add(query.reports);
  const scope = entityProjection('scope', selection.scope, params);
  const metric = entityProjection('m', selection.metric, params);
  const result = await db.read(
    `MATCH (s:Series)
     WHERE (${keys} IS NULL OR s.key IN ${keys}) AND (${scopeId} IS NULL OR s.scope = ${scopeId}) AND (${unit} IS NULL OR s.unit = ${unit})
     MATCH (scope:Entity {id: s.scope})
     WITH s, scope ORDER BY s.key
     WITH s { .* } AS series, ${scope} AS scope, COLLECT {
       MATCH (m:Metric {series: s.key})
       UNWIND m.srcReport AS reportId
       WITH DISTINCT m, reportId
       MATCH (rep:Report {id: reportId})
       WHERE ${reports} IS NULL OR rep.id IN ${reports}
       WITH m, rep, [i IN range(0, size(m.srcReport) - 1) WHERE m.srcReport[i] = rep.id] AS at
       ORDER BY rep.semester, rep.id, m.id
       RETURN { report: ${reportProjection('rep', selection.reportText)}, value: m.value, lowerBound: coalesce(m.lowerBound, false),
                metric: ${metric},
                quotes: { srcReport: [i IN at | m.srcReport[i]], srcSection: [i IN at | m.srcSection[i]],
                          srcItem: [i IN at | m.srcItem[i]], srcQuote: [i IN at | m.srcQuote[i]] } }
     } AS points
     WITH series, scope, points WHERE ${reports} IS NULL OR size(points) > 0
     RETURN series, scope, points`,
    params.values,
  );
  return result.records.map((row) => {
    const series = seriesValueFromProperties(row.get('series') as Props);
    const points = row.get('points') as {
      report: Props;
      value: number;
      lowerBound: boolean;
      metric: Props;
      quotes: ProvenanceProperties;
    }[];
    return {
      ...series,
      unit: series.unit ?? null,
      unitEn: series.unitEn ?? null,
      note: series.note ?? null,
      scope: toEntityRecord(row.get('scope') as Props, selection.scope),
      points: points.map((point) => {
        const report = reportFromProperties(point.report);
        return {
          report,
          periodKey: report.semester,
          period: report.period,
          value: point.value,
          lowerBound: point.lowerBound,
          metric: toEntityRecord(point.metric, selection.metric) as EntityRecord<'METRIC'>,
          quotes: fromProvenanceProperties(point.quotes),
        };
      }),
    };
  });
}
