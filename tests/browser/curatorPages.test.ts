import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import YAML from 'yaml';
import { mintToken } from '../../src/auth';
import { DEV_JWT_SECRET } from '../../src/config';
import { Dictionary } from '../../src/extract/dictionary';
import { extractReport } from '../../src/extract/extract';
import { proposalFiles } from '../../src/extract/proposal';
import { readDatasetFiles } from '../../src/seed/dataset';
import { launchBrowser, newPage, originOf, saveScreenshot } from '../support/browser';
import { startTestApp, type TestApp } from '../support/app';
import { SEED_DIR } from '../support/testEnv';

/**
 * The pages for the college office and the curators, in real headless Chromium against the
 * service seeded with the report: the metric series (chart, points, CSV, the reports' counts)
 * and the review of a folder `npm run extract` wrote, down to importing it with an editor's token.
 */
jest.setTimeout(240_000);

// The box is small and busy: wait generously, but only ever for something to happen.
const WAIT = { timeout: 30_000 };

let app: TestApp;
let browser: Browser;
let origin = '';
let folder = '';

beforeAll(async () => {
  app = await startTestApp();
  origin = originOf(app.url);
  browser = await launchBrowser();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'review-browser-'));
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await app?.stop();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

async function api(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await app.post(query, variables);
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Point {
  periodKey: string;
  value: number;
  lowerBound: boolean;
  metric: { id: string };
  quotes: { quote: string }[];
}
interface Series {
  key: string;
  name: string;
  nameEn: string;
  unit: string | null;
  points: Point[];
}

const label = (p: Point) => `${p.lowerBound ? '≥ ' : ''}${p.value}`;

describe('metric series', () => {
  it('lists the series, plots the chosen one with the values the API gives, and offers the CSV', async () => {
    const { page, errors } = await newPage(browser);
    const series = (await api(
      '{ metricSeries { key name nameEn unit points { periodKey value lowerBound metric { id } quotes { quote } } } reportSummaries { periodKey entityCount factCount } }',
    )) as { metricSeries: Series[]; reportSummaries: { periodKey: string; entityCount: number; factCount: number }[] };
    expect(series.metricSeries.length).toBeGreaterThan(1);

    // From the dashboard's link; the first series is shown.
    await page.goto(`${origin}/dashboard`);
    await page.getByRole('link', { name: '各学期的数据序列与报告统计' }).click();
    await page.waitForURL(`${origin}/series`, WAIT);
    await page.getByRole('heading', { level: 1, name: '数据序列' }).waitFor(WAIT);
    const list = page.getByRole('navigation', { name: '全部序列' });
    await expect(list.getByRole('link').count()).resolves.toBe(series.metricSeries.length);

    // Choose the library loans: its point, read from the API, is drawn, labelled and listed.
    const loans = series.metricSeries.find((s) => s.key === 'library-loans')!;
    expect(loans.points.length).toBeGreaterThan(0);
    await list.getByRole('link', { name: loans.name }).click();
    await page.waitForURL(`${origin}/series?key=library-loans`, WAIT);
    await page.getByRole('heading', { level: 2, name: new RegExp(loans.name) }).waitFor(WAIT);
    const chart = page.getByTestId('series-chart');
    for (const point of loans.points) {
      await chart
        .locator('svg text', { hasText: label(point) })
        .first()
        .waitFor({ state: 'attached', ...WAIT });
      await chart
        .locator('svg text', { hasText: point.periodKey })
        .first()
        .waitFor({ state: 'attached', ...WAIT });
      const row = page.getByTestId('series-points').getByRole('row', { name: new RegExp(`^${point.periodKey} `) });
      await row.getByText(`${label(point)} ${loans.unit}`).waitFor(WAIT);
      await row.locator('mark', { hasText: point.quotes[0]!.quote }).first().waitFor(WAIT);
      await expect(row.getByRole('link').first().getAttribute('href')).resolves.toBe(`/entity/${point.metric.id}`);
    }
    // One report, one point: the chart says so rather than looking empty.
    if (loans.points.length === 1) await page.getByText('目前只有一份报告给出此数字').waitFor(WAIT);
    // The screen reader's description names the value too.
    // (ECharts' aria option labels the chart's container.)
    await expect(chart.getAttribute('aria-label')).resolves.toContain(label(loans.points[0]!));
    await saveScreenshot(page, '20-series');

    // The CSV links are the server's download, whole and for this series.
    const all = page.getByRole('link', { name: '下载全部序列 CSV' });
    await expect(all.getAttribute('href')).resolves.toBe('/series.csv');
    const one = await page.getByRole('link', { name: '下载此序列 CSV' }).getAttribute('href');
    expect(one).toBe('/series.csv?key=library-loans');
    const csv = await fetch(`${origin}${one}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(String(loans.points[0]!.value));

    // What each report states, counted, with the API's totals.
    const totals = page.getByTestId('report-totals');
    for (const summary of series.reportSummaries) {
      const row = totals.getByRole('row', { name: new RegExp(`^${summary.periodKey} `) });
      await row.getByRole('cell', { name: String(summary.entityCount), exact: true }).waitFor(WAIT);
      await row.getByRole('cell', { name: String(summary.factCount), exact: true }).waitFor(WAIT);
    }
    await page
      .getByTestId('chart-report-kinds')
      .locator('svg path')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    await page
      .getByTestId('chart-report-levels')
      .locator('svg path')
      .first()
      .waitFor({ state: 'attached', ...WAIT });

    // In English the series are named by their glosses.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metric series' }).waitFor(WAIT);
    await page.getByRole('heading', { level: 2, name: new RegExp(loans.nameEn) }).waitFor(WAIT);
    await page.getByRole('button', { name: '切换到中文' }).click();

    // An unknown key says so, and the page still works.
    await page.goto(`${origin}/series?key=no-such-series`);
    await page.getByRole('alert').getByText('没有键为 no-such-series 的序列').waitFor(WAIT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a line through the points of two reports (the test fixture report/2020-s2 imported)', async () => {
    const token = await mintToken(DEV_JWT_SECRET, 'curator-series', ['editor']);
    const files = readDatasetFiles(path.resolve(__dirname, '..', 'fixtures')).map((f) => ({
      path: f.path,
      content: f.content.toString('utf8'),
    }));
    const imported = await app.post(
      'mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports } }',
      { files },
      token,
    );
    expect(imported.body.errors).toBeUndefined();
    const { metricSeriesByKey: employees } = (await api(
      '{ metricSeriesByKey(key: "online-training-employees") { name points { periodKey value lowerBound metric { id } quotes { quote } } } }',
    )) as { metricSeriesByKey: Series };
    expect(employees.points.map((p) => p.periodKey)).toEqual(['2020-1', '2020-2']);

    const { page, errors } = await newPage(browser);
    await page.goto(`${origin}/series?key=online-training-employees`);
    const chart = page.getByTestId('series-chart');
    for (const point of employees.points) {
      await chart
        .locator('svg text', { hasText: label(point) })
        .first()
        .waitFor({ state: 'attached', ...WAIT });
      await page
        .getByTestId('series-points')
        .getByRole('row', { name: new RegExp(`^${point.periodKey} `) })
        .waitFor(WAIT);
    }
    await page
      .getByTestId('report-totals')
      .getByRole('row', { name: /^2020-2 / })
      .waitFor(WAIT);
    await saveScreenshot(page, '20-series-two-reports');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no horizontal scroll at phone width (390px)', async () => {
    const { page, errors } = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/series?key=library-loans`);
    await page
      .getByTestId('series-chart')
      .locator('svg')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBe(0);
    await saveScreenshot(page, '21-phone-series');
    await page.goto(`${origin}/review`);
    await page.getByRole('heading', { level: 1, name: '候选审核' }).waitFor(WAIT);
    const reviewOverflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(reviewOverflow).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

interface Entry {
  id: string;
  kind?: string;
  type?: string;
  name?: string;
  from?: string;
  to?: string;
  rankText?: string;
  review?: { status: string };
}
interface SectionFile {
  entities: Entry[];
  facts: Entry[];
}

/** The extractor's folder for the real report, as a report of its own linked to the seeded graph. */
function writeProposal(): string {
  const bytes = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'));
  const extraction = extractReport(bytes.toString('utf8'), {
    reportId: 'report/extract-browser',
    dictionary: Dictionary.fromFolders([SEED_DIR]),
  });
  const dir = path.join(folder, 'reports', 'extract-browser');
  fs.mkdirSync(dir, { recursive: true });
  for (const file of proposalFiles(bytes, extraction, { slug: 'extract-browser' })) {
    fs.writeFileSync(path.join(dir, path.basename(file.path)), file.content);
  }
  return dir;
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: button }).click()]);
  return fs.readFileSync(await file.path(), 'utf8');
}

describe('candidate review', () => {
  it('opens the extracted files, decides candidates, downloads them with only the statuses changed, and imports them', async () => {
    const dir = writeProposal();
    const names = fs.readdirSync(dir).sort();
    const original = fs.readFileSync(path.join(dir, 'section-04.yaml'), 'utf8');
    const doc = YAML.parse(original) as SectionFile;
    const silver = doc.entities.find((e) => e.kind === 'AWARD' && e.rankText === '银牌')!;
    const received = doc.facts.find((f) => f.type === 'RECEIVED' && f.to === silver.id && f.from === 'person/yang-zhenhua')!;
    expect(silver.review?.status).toBe('candidate');
    expect(received.review?.status).toBe('candidate');
    const all = names
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => YAML.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as Partial<SectionFile>);
    const candidates = all.flatMap((f) => [...(f.entities ?? []), ...(f.facts ?? [])]).filter((e) => e.review);

    const { page, errors } = await newPage(browser);
    await page.goto(`${origin}/`);
    await page.getByRole('navigation').getByRole('link', { name: '候选审核' }).click();
    await page.waitForURL(`${origin}/review`, WAIT);
    await page.getByLabel('打开文件', { exact: true }).setInputFiles(names.map((n) => path.join(dir, n)));
    await page.getByTestId('review-loaded').getByText(`已读取 ${names.length} 个文件：${candidates.length} 条候选`).waitFor(WAIT);
    const cards = page.getByTestId('review-candidate');
    await expect(cards.count()).resolves.toBe(candidates.length);

    // The award's card: kind, quote highlighted in its sentence, section and item, confidence, evidence.
    const silverCard = page.locator(`[data-testid=review-candidate][data-id="${silver.id}"]`);
    await silverCard.locator('blockquote mark', { hasText: '银牌' }).waitFor(WAIT);
    await silverCard.getByText('第四部分第1条').waitFor(WAIT);
    await silverCard.getByText(/置信度 0\.\d+/).waitFor(WAIT);
    await silverCard.getByText('SILVER_MEDAL pattern').waitFor(WAIT);
    // The fact's card names its ends.
    const receivedCard = page.locator(`[data-testid=review-candidate][data-id="${received.id}"]`);
    await receivedCard.getByText('杨珍华 → 银牌').waitFor(WAIT);

    // Filters: awards only, then back to everything.
    const awards = candidates.filter((c) => c.kind === 'AWARD').length;
    await page.getByLabel('类型').selectOption('AWARD');
    await page.getByTestId('review-counts').getByText(`显示 ${awards} / ${candidates.length} 条`).waitFor(WAIT);
    // Bulk decisions apply to what is shown: reject every award, then undo.
    await page.getByRole('button', { name: '拒绝显示的全部' }).click();
    await page.getByTestId('review-counts').getByText(`已拒绝 ${awards}`).waitFor(WAIT);
    await page.getByLabel('状态').selectOption('rejected');
    await page.getByRole('button', { name: '显示的全部恢复为待审' }).click();
    await page.getByTestId('review-counts').getByText('显示 0 /').waitFor(WAIT);
    await page.getByLabel('状态').selectOption('');
    await page.getByLabel('类型').selectOption('');
    await page.getByText('还没有改动。').waitFor(WAIT);

    // Accept two candidates one by one: the silver medal and 杨珍华 receiving it.
    await silverCard
      .getByRole('group', { name: `${silver.id} 的审核` })
      .getByRole('button', { name: '接受' })
      .click();
    await receivedCard
      .getByRole('group', { name: `${received.id} 的审核` })
      .getByRole('button', { name: '接受' })
      .click();
    await page.getByTestId('review-counts').getByText('已接受 2').waitFor(WAIT);
    await page.getByLabel('状态').selectOption('accepted');
    await saveScreenshot(page, '22-review');
    await page.getByLabel('状态').selectOption('');

    // The download: section-04.yaml with exactly those two statuses changed, every other byte as written.
    const downloaded = await download(page, '下载 section-04.yaml');
    const before = original.split('\n');
    const after = downloaded.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed).toEqual([
      ['      status: candidate', '      status: accepted'],
      ['      status: candidate', '      status: accepted'],
    ]);
    const reread = YAML.parse(downloaded) as SectionFile;
    const accepted = [...reread.entities, ...reread.facts].filter((e) => e.review?.status === 'accepted').map((e) => e.id);
    expect(accepted.sort()).toEqual([received.id, silver.id].sort());

    // Importing as it is: the fact's winner is still only proposed, and the page lists the problem.
    const token = await mintToken(DEV_JWT_SECRET, 'curator-browser', ['editor']);
    await page.getByLabel('编辑令牌').fill(token);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const problems = page.getByTestId('import-problems');
    await problems.getByText(new RegExp(`${received.id} field 'from': person/yang-zhenhua is only proposed`)).waitFor(WAIT);
    expect((await api(`{ entity(id: "${silver.id}") { id } }`)).entity).toBeNull();

    // Accept 杨珍华 as well (a person the graph knows): the import writes the award and the fact.
    const person = page.locator('[data-testid=review-candidate][data-id="person/yang-zhenhua"][data-path$="/section-04.yaml"]');
    await person.getByRole('button', { name: '接受' }).click();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const summary = page.getByTestId('import-summary');
    await summary.getByText('已导入报告 report/extract-browser').waitFor(WAIT);
    await expect(summary.locator('tr[data-entry=facts] td[data-field=created]').innerText()).resolves.toBe('1');
    await page.getByLabel('状态').selectOption('accepted');
    await saveScreenshot(page, '23-review-imported');

    const stored = await api(
      `{ entity(id: "${silver.id}") { name ... on Award { rankText recipients { id } } sources { report quote } } }`,
    );
    expect(stored.entity).toEqual({
      name: '银牌',
      rankText: '银牌',
      recipients: [{ id: 'person/yang-zhenhua' }],
      sources: [{ report: 'report/extract-browser', quote: '银牌' }],
    });
    // The refused import's 400 is the one console error the page may log.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await page.close();
  });
});
