import { listSeries } from '../data/series';
import { PROPERTIES_ONLY } from '../data/projection';
import { SERIES_KEY } from '../model/entityFields';
import { DatabaseTimeoutError, DatabaseUnavailableError, type Executor } from '../neo4j/executor';
import { buildCsv } from './csv';
import { ErrorCode } from './errors';

/**
 * The metric series as CSV, for spreadsheets: `GET /series.csv` for every series, or
 * `?key=library-loans&key=…` (or `key=a,b`) for some. One row per point, oldest first within
 * each series; a point stated in several places of its report lists every quote, one per line.
 */

export const SERIES_CSV_PATH = '/series.csv';

export const SERIES_CSV_HEADER = [
  'seriesKey',
  'name',
  'nameEn',
  'unit',
  'unitEn',
  'scope',
  'report',
  'periodKey',
  'period',
  'value',
  'lowerBound',
  'metric',
  'quote',
] as const;

/** What the HTTP route sends: a document, or a refusal with its status and error code. */
export type CsvDownload =
  { status: 200; contentType: string; filename: string; body: string } | { status: number; code: string; message: string };

const MAX_KEYS = 100;

const refusal = (message: string, status = 400, code: string = ErrorCode.BAD_USER_INPUT): CsvDownload => ({ status, code, message });

export async function seriesCsv(db: Executor, query: URLSearchParams): Promise<CsvDownload> {
  const unknown = [...new Set(query.keys())].filter((name) => name !== 'key');
  if (unknown.length > 0)
    return refusal(`Unknown parameter ${unknown.map((n) => `"${n.slice(0, 50)}"`).join(', ')}; only "key" is accepted`);
  const keys = [...new Set(query.getAll('key').flatMap((value) => value.split(',').map((key) => key.trim())))];
  if (keys.length > MAX_KEYS) return refusal(`At most ${MAX_KEYS} keys, got ${keys.length}`);
  const malformed = keys.filter((key) => !SERIES_KEY.test(key));
  if (malformed.length > 0) {
    return refusal(`"${malformed[0]!.slice(0, 100)}" is not a series key (lower-case words joined by hyphens, e.g. library-loans)`);
  }
  let series;
  try {
    series = await listSeries(
      db,
      { keys: keys.length > 0 ? keys : null, scope: null, unit: null, reports: null },
      { scope: PROPERTIES_ONLY, metric: PROPERTIES_ONLY, reportText: false },
    );
  } catch (err) {
    if (err instanceof DatabaseUnavailableError)
      return refusal('The database is not available; try again shortly.', 503, ErrorCode.SERVICE_UNAVAILABLE);
    if (err instanceof DatabaseTimeoutError) return refusal('The query took longer than this server allows.', 504, ErrorCode.TIMEOUT);
    throw err;
  }
  const missing = keys.filter((key) => !series.some((s) => s.key === key));
  if (missing.length > 0) return refusal(`No series has the key "${missing[0]}"`);
  const rows = series.flatMap((s) =>
    s.points.map((p) => [
      s.key,
      s.name,
      s.nameEn,
      s.unit,
      s.unitEn,
      s.scope.id,
      p.report.id,
      p.periodKey,
      p.period,
      p.value,
      p.lowerBound,
      p.metric.id,
      p.quotes.map((q) => q.quote).join('\n'),
    ]),
  );
  return {
    status: 200,
    contentType: 'text/csv; charset=utf-8',
    filename: keys.length === 1 ? `series-${keys[0]}.csv` : 'series.csv',
    body: buildCsv(SERIES_CSV_HEADER, rows),
  };
}
