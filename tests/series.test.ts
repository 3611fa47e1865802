import path from 'node:path';
import YAML from 'yaml';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import { DatasetError, loadDataset, readDataset, readDatasetFiles, type Dataset, type DatasetFile } from '../src/seed/dataset';
import { LEVELS, ENTITY_KINDS } from '../src/model/vocabulary';
import { startTestApp, type TestApp } from './support/app';
import { SEED_DIR } from './support/testEnv';

/**
 * Metric series and per-report summaries through the public API (GraphQL and /series.csv)
 * against the real service, compared with what the dataset's YAML states.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
});

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await app.post(query, variables);
  expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return body.data!;
};

/** Every series with its points, as the dataset states them: a point per metric and report among its sources. */
function expectedSeries(dataset: Dataset) {
  return [...dataset.series]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((series) => {
      const points = dataset.entities
        .filter((e) => e.kind === 'METRIC' && e.series === series.key)
        .flatMap((metric) => {
          const m = metric as Extract<typeof metric, { kind: 'METRIC' }>;
          return [...new Set(m.sources.map((s) => s.report))].map((report) => ({
            report: { id: report },
            periodKey: dataset.reports.find((r) => r.id === report)!.semester,
            period: dataset.reports.find((r) => r.id === report)!.period,
            value: m.value,
            lowerBound: m.lowerBound ?? false,
            metric: { id: m.id },
            quotes: m.sources
              .filter((s) => s.report === report)
              .map(({ report, section, item, quote }) => ({ report, section, item, quote })),
          }));
        })
        .sort((a, b) => (a.periodKey < b.periodKey ? -1 : a.periodKey > b.periodKey ? 1 : a.metric.id < b.metric.id ? -1 : 1));
      return {
        key: series.key,
        name: series.name,
        nameEn: series.nameEn,
        unit: series.unit ?? null,
        unitEn: series.unitEn ?? null,
        note: series.note ?? null,
        scope: { id: series.scope },
        points,
      };
    });
}

const SERIES_FIELDS = `key name nameEn unit unitEn note scope { id }
  points { report { id } periodKey period value lowerBound metric { id } quotes { report section item quote } }`;

const seed = loadDataset(SEED_DIR);
/** The second report, a fictional test fixture (tests/fixtures/README.md). */
const FIXTURE_DIR = path.resolve(__dirname, 'fixtures');
const fixture = loadDataset(FIXTURE_DIR);

/** Both datasets as one: what the graph holds once the fixture is imported beside the seed. */
const both: Dataset = {
  reports: [...seed.reports, ...fixture.reports],
  entities: [...seed.entities, ...fixture.entities],
  facts: [...seed.facts, ...fixture.facts],
  series: [...new Map([...seed.series, ...fixture.series].map((s) => [s.key, s])).values()],
};

describe('metric series', () => {
  it('serves every series the dataset declares, with its points, scope and quotes', async () => {
    const expected = expectedSeries(seed);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const { metricSeries } = await ok(`{ metricSeries { ${SERIES_FIELDS} } }`);
    expect(metricSeries).toEqual(expected);
  });

  it('finds one series by key, with what its metric and scope say, and null for a key no series has', async () => {
    const expected = expectedSeries(seed).find((s) => s.key === 'library-loans')!;
    const data = await ok(
      `query ($key: String!) {
        metricSeriesByKey(key: $key) { ${SERIES_FIELDS} }
        detail: metricSeriesByKey(key: $key) { scope { id name ... on Group { metrics { id } } } points { metric { name unit series } } }
        none: metricSeriesByKey(key: "no-such-series") { key }
      }`,
      { key: 'library-loans' },
    );
    expect(data.metricSeriesByKey).toEqual(expected);
    const metric = seed.entities.find((e) => e.id === expected.points[0]!.metric.id) as { name: string; unit?: string };
    expect(data.detail.points).toEqual([{ metric: { name: metric.name, unit: metric.unit, series: 'library-loans' } }]);
    expect(data.detail.scope.name).toBe(seed.entities.find((e) => e.id === 'group/library')!.name);
    expect(data.detail.scope.metrics.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([expected.points[0]!.metric.id]));
    expect(data.none).toBeNull();
  });

  it('filters by keys, scope and unit', async () => {
    const all = expectedSeries(seed);
    const data = await ok(`{
      keys: metricSeries(filter: { keys: ["wechat-followers", "library-visits"] }) { key }
      scope: metricSeries(filter: { scope: "group/library" }) { key }
      unit: metricSeries(filter: { unit: "人次" }) { key }
    }`);
    expect(data.keys).toEqual([{ key: 'library-visits' }, { key: 'wechat-followers' }]);
    expect(data.scope).toEqual(all.filter((s) => s.scope.id === 'group/library').map(({ key }) => ({ key })));
    expect(data.unit).toEqual(all.filter((s) => s.unit === '人次').map(({ key }) => ({ key })));
  });

  it('refuses a malformed key or scope, naming it', async () => {
    const byKey = await app.post('{ metricSeriesByKey(key: "Library Loans") { key } }');
    expect(byKey.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"Library Loans" is not a series key'),
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'key' },
    });
    const inFilter = await app.post('{ metricSeries(filter: { keys: ["library-loans", "x_y"] }) { key } }');
    expect(inFilter.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"x_y"'),
      extensions: { argumentName: 'filter.keys' },
    });
    const scope = await app.post('{ metricSeries(filter: { scope: "library" }) { key } }');
    expect(scope.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"library"'),
      extensions: { argumentName: 'filter.scope' },
    });
  });
});

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('GET /series.csv', () => {
  const csvUrl = (query = '') => new URL(`/series.csv${query}`, app.url).href;

  /** The rows the CSV should hold for these series, as text. */
  const expectedRows = (series: ReturnType<typeof expectedSeries>) =>
    series.flatMap((s) =>
      s.points.map((p) => [
        s.key,
        s.name,
        s.nameEn,
        s.unit ?? '',
        s.unitEn ?? '',
        s.scope.id,
        p.report.id,
        p.periodKey,
        p.period,
        String(p.value),
        String(p.lowerBound),
        p.metric.id,
        p.quotes.map((q) => q.quote).join('\n'),
      ]),
    );

  it('downloads every point of every series, UTF-8 with a BOM, and parses back to the same points', async () => {
    const response = await fetch(csvUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="series.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual([
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
    ]);
    expect(rows).toEqual(expectedRows(expectedSeries(seed)));
  });

  it('downloads the series named by key, repeated or separated by commas', async () => {
    const wanted = expectedSeries(seed).filter((s) =>
      ['library-loans', 'technician-assessment-pass-rate', 'wechat-followers'].includes(s.key),
    );
    const response = await fetch(csvUrl('?key=library-loans&key=wechat-followers,technician-assessment-pass-rate'));
    expect(response.status).toBe(200);
    const [, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows).toEqual(expectedRows(wanted));
    const one = await fetch(csvUrl('?key=library-loans'));
    expect(one.headers.get('content-disposition')).toBe('attachment; filename="series-library-loans.csv"');
  });

  it.each([
    ['?key=Library_Loans', '"Library_Loans" is not a series key'],
    ['?key=library-loans&key=no-such-series', 'No series has the key "no-such-series"'],
    ['?series=library-loans', 'Unknown parameter "series"'],
  ])('refuses %s with 400 and a message naming it', async (query, message) => {
    const response = await fetch(csvUrl(query));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("answers GET only, with a request id, under the API's CORS policy", async () => {
    const response = await fetch(csvUrl(), { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, OPTIONS');
    const got = await fetch(csvUrl('?key=library-loans'), { headers: { 'x-request-id': 'csv-request-1' } });
    expect(got.headers.get('x-request-id')).toBe('csv-request-1');
    const preflight = await fetch(csvUrl(), {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(403);
  });
});

describe('report summaries', () => {
  it("counts each report's entities by kind, its facts and its awards by level, as the dataset states them", async () => {
    const { reportSummaries } = await ok(`{ reportSummaries {
      report { id } periodKey entityCount factCount entityCounts { kind entityCount } awardsByLevel { level awardCount }
    } }`);
    const expected = [...seed.reports]
      .sort((a, b) => (a.semester < b.semester ? -1 : a.semester > b.semester ? 1 : a.id < b.id ? -1 : 1))
      .map((report) => {
        const states = (sources: { report: string }[]) => sources.some((s) => s.report === report.id);
        const entities = seed.entities.filter((e) => states(e.sources));
        const awards = entities.filter((e) => e.kind === 'AWARD') as { level?: string }[];
        return {
          report: { id: report.id },
          periodKey: report.semester,
          entityCount: entities.length,
          factCount: seed.facts.filter((f) => states(f.sources)).length,
          entityCounts: ENTITY_KINDS.map((kind) => ({ kind, entityCount: entities.filter((e) => e.kind === kind).length })),
          awardsByLevel: [...LEVELS, null].map((level) => ({
            level,
            awardCount: awards.filter((a) => (a.level ?? null) === level).length,
          })),
        };
      });
    expect(reportSummaries).toEqual(expected);
    expect(reportSummaries[0].entityCount).toBeGreaterThan(300);
  });
});

describe('the dataset format of series', () => {
  const seedFiles = readDatasetFiles(SEED_DIR);
  const SERIES_PATH = 'reports/2020-s1/series.yaml';

  /** The seed's files with one file's parsed YAML changed. */
  function changed(filePath: string, edit: (doc: any) => void): DatasetFile[] {
    return seedFiles.map((file) => {
      if (file.path !== filePath) return file;
      const doc = YAML.parse(file.content.toString());
      edit(doc);
      return { path: file.path, content: YAML.stringify(doc) };
    });
  }
  const problemsOf = (files: DatasetFile[]) => {
    try {
      readDataset(files);
      return [];
    } catch (err) {
      if (err instanceof DatasetError) return err.problems;
      throw err;
    }
  };
  const metricEntry = (doc: any, id: string) => doc.entities.find((e: any) => e.id === id);

  it('refuses a point whose unit differs from its series', () => {
    const files = changed('reports/2020-s1/07-run.yaml', (doc) => (metricEntry(doc, 'metric/library-loans').unit = '册'));
    expect(problemsOf(files)).toEqual([
      expect.stringContaining(
        `metric/library-loans field 'series': the unit "册" ("books") differs from the unit "本" ("books") of the series library-loans`,
      ),
    ]);
  });

  it('refuses a point of an undeclared series, and a series no point names', () => {
    const files = changed('reports/2020-s1/07-run.yaml', (doc) => (metricEntry(doc, 'metric/library-loans').series = 'library-borrowing'));
    expect(problemsOf(files)).toEqual([
      expect.stringContaining("metric/library-loans field 'series': no series.yaml declares the series library-borrowing"),
      expect.stringContaining('series library-loans: no METRIC names it'),
    ]);
  });

  it("refuses a point that does not measure the series' scope, and two points in one report", () => {
    const files = changed('reports/2020-s1/07-run.yaml', (doc) => (metricEntry(doc, 'metric/library-visits').series = 'library-loans'));
    expect(problemsOf(files)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('metric/library-visits field \'series\': the unit "人次"'),
        expect.stringContaining(
          'series library-loans: report/2020-s1 states two points of it (metric/library-visits and metric/library-loans)',
        ),
        expect.stringContaining('series library-visits: no METRIC names it'),
      ]),
    );
    const scope = changed(SERIES_PATH, (doc) => (doc.series.find((s: any) => s.key === 'library-loans').scope = 'org/college'));
    expect(problemsOf(scope)).toEqual([
      expect.stringContaining(
        "metric/library-loans field 'series': a point of the series library-loans must MEASURE its scope org/college or be MEASURED_IN it",
      ),
    ]);
  });

  it('refuses declarations of one series that disagree, and an unknown field', () => {
    const declared = seed.series.length;
    const files = changed(SERIES_PATH, (doc) => {
      const loans = doc.series.find((s: any) => s.key === 'library-loans');
      doc.series.push({ ...loans, nameEn: 'Books lent' }, { ...loans, key: 'library-x', colour: 'red' });
    });
    expect(problemsOf(files)).toEqual([
      expect.stringContaining(`${SERIES_PATH}: series[${declared}] (library-loans) field 'nameEn': "Books lent" conflicts with`),
      expect.stringContaining(`${SERIES_PATH}: series[${declared + 1}] (library-x): Unrecognized key`),
    ]);
  });
});

/** Last: it adds a report to the graph the tests above read. */
describe('with a second report imported', () => {
  beforeAll(async () => {
    const editor = await mintToken(DEV_JWT_SECRET, 'curator-series', ['editor']);
    const files = readDatasetFiles(FIXTURE_DIR).map((f) => ({ path: f.path, content: f.content.toString('utf8') }));
    const { status, body } = await app.post(
      'mutation ($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports } }',
      { files },
      editor,
    );
    expect({ status, errors: body.errors, data: body.data }).toEqual({
      status: 200,
      errors: undefined,
      data: { importDataset: { reports: ['report/2020-s2'] } },
    });
  });

  it('gives the series the fixture continues a point per report, oldest first', async () => {
    const expected = expectedSeries(both);
    const continued = expected.filter((s) => s.points.length === 2);
    // The fixture states new points of two 2020-s1 metrics (tests/fixtures/README.md).
    expect(continued.map((s) => s.key).sort()).toEqual(fixture.series.map((s) => s.key).sort());
    for (const series of continued) {
      expect(series.points.map((p) => [p.report.id, p.periodKey])).toEqual([
        ['report/2020-s1', '2020-1'],
        ['report/2020-s2', '2020-2'],
      ]);
    }
    const { metricSeries } = await ok(`{ metricSeries { ${SERIES_FIELDS} } }`);
    expect(metricSeries).toEqual(expected);
  });

  it('answers as of the first report exactly as before the import', async () => {
    const data = await ok(`{
      bySemester: metricSeries(asOf: "2020-1") { ${SERIES_FIELDS} }
      byReport: metricSeries(asOf: "report/2020-s1") { key points { report { id } } }
      one: metricSeriesByKey(key: "online-training-employees", asOf: "2020-1") { points { value } }
      summaries: reportSummaries(asOf: "report/2020-s1") { report { id } entityCount }
    }`);
    expect(data.bySemester).toEqual(expectedSeries(seed));
    expect(data.byReport).toEqual(expectedSeries(seed).map((s) => ({ key: s.key, points: s.points.map((p) => ({ report: p.report })) })));
    const employees = seed.entities.find((e) => e.id === 'metric/online-training-employees') as { value: number };
    expect(data.one).toEqual({ points: [{ value: employees.value }] });
    expect(data.summaries).toEqual([{ report: { id: 'report/2020-s1' }, entityCount: seed.entities.length }]);
  });

  it('refuses an asOf that is no report or semester, naming it', async () => {
    const { body } = await app.post('{ metricSeries(asOf: "2020-s3") { key } }');
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('"2020-s3"'),
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'asOf' },
    });
  });

  it('downloads both points of each as CSV rows', async () => {
    const keys = fixture.series.map((s) => s.key);
    const response = await fetch(new URL(`/series.csv?key=${keys.join(',')}`, app.url));
    const [, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    const expected = expectedSeries(both).filter((s) => keys.includes(s.key));
    expect(rows.map((r) => [r[0], r[6], r[9]])).toEqual(
      expected.flatMap((s) => s.points.map((p) => [s.key, p.report.id, String(p.value)])),
    );
    expect(rows).toHaveLength(4);
  });

  it('summarises each report for itself, oldest first', async () => {
    const { reportSummaries } = await ok(
      '{ reportSummaries { report { id } periodKey entityCount factCount awardsByLevel { level awardCount } } }',
    );
    expect(reportSummaries.map((r: { report: { id: string } }) => r.report.id)).toEqual(['report/2020-s1', 'report/2020-s2']);
    const second = reportSummaries[1];
    // Entities and facts the fixture states, repeated ones included (they gained its source).
    const stated = (sources: { report: string }[]) => sources.some((source) => source.report === 'report/2020-s2');
    expect(second).toMatchObject({
      periodKey: '2020-2',
      entityCount: fixture.entities.filter((e) => stated(e.sources)).length,
      factCount: fixture.facts.filter((f) => stated(f.sources)).length,
    });
    // A repeated award keeps the level the earlier report gave, where the later one leaves it out.
    const levelOf = (id: string) =>
      [...fixture.entities, ...seed.entities].map((e) => e as { id: string; level?: string }).find((e) => e.id === id && e.level)?.level;
    const awards = fixture.entities.filter((e) => e.kind === 'AWARD' && stated(e.sources)).map((e) => ({ level: levelOf(e.id) }));
    expect(second.awardsByLevel).toEqual(
      [...LEVELS, null].map((level) => ({ level, awardCount: awards.filter((a) => (a.level ?? null) === level).length })),
    );
  });

  it("keeps each report's counts right through curation: deleting an entity with its facts, merging two", async () => {
    const editor = await mintToken(DEV_JWT_SECRET, 'curator-series', ['editor']);
    const change = async (mutation: string, variables: Record<string, unknown>) => {
      const { body } = await app.post(mutation, variables, editor);
      expect(body.errors).toBeUndefined();
    };
    const SUMMARIES =
      '{ reportSummaries { report { id } entityCount factCount entityCounts { kind entityCount } awardsByLevel { level awardCount } } }';
    /** The counts kept on the Report nodes, and the same counted afresh from the graph (a node without counts is counted on read). */
    const keptAndCounted = async () => {
      const kept = (await ok(SUMMARIES)).reportSummaries;
      await app.db.write((tx) => tx.run('MATCH (r:Report) REMOVE r.countFacts'));
      const counted = (await ok(SUMMARIES)).reportSummaries;
      return { kept, counted };
    };
    const before = (await ok(SUMMARIES)).reportSummaries;
    // Entities only the fixture states: deleting one takes its facts along; merging two of a kind leaves one.
    const onlyFixture = fixture.entities.filter((e) => !seed.entities.some((s) => s.id === e.id));
    const deleted = onlyFixture.find((e) => e.kind !== 'PERSON' && fixture.facts.some((f) => f.from === e.id || f.to === e.id))!;
    await change('mutation($id: ID!) { deleteEntity(id: $id, reason: "test: counts follow") }', { id: deleted.id });
    const afterDelete = await keptAndCounted();
    expect(afterDelete.kept).toEqual(afterDelete.counted);
    expect(afterDelete.kept[1].entityCount).toBe(before[1].entityCount - 1);
    expect(afterDelete.kept[1].factCount).toBeLessThan(before[1].factCount);

    const [keep, remove] = onlyFixture.filter((e) => e.kind === 'PERSON');
    await change(
      'mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove, reason: "test: counts follow") { id } }',
      {
        keep: keep!.id,
        remove: remove!.id,
      },
    );
    const afterMerge = await keptAndCounted();
    expect(afterMerge.kept).toEqual(afterMerge.counted);
    expect(afterMerge.kept[1].entityCount).toBe(afterDelete.kept[1].entityCount - 1);
    // The first report is left as it was throughout.
    expect((await ok(SUMMARIES)).reportSummaries[0]).toEqual(before[0]);
  });
});
