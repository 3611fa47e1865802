import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../src/app';
import { PROJECT_ROOT } from '../../src/config';
import { launchBrowser, newPage, originOf, saveScreenshot } from '../support/browser';
import { postGraphQL, startTestApp } from '../support/app';

/**
 * The explorer in a real headless Chromium against the service seeded with the report: search,
 * entity page, graph, awards table with CSV, path finder, dashboard, language switch, phone width.
 * Every page must log no console error.
 */
jest.setTimeout(180_000);

// The box is small and busy: wait generously, but only ever for something to happen.
const WAIT = { timeout: 30_000 };

/** README_SCREENSHOTS=1 also refreshes the README's screenshots (docs/screenshots, committed). */
async function readmeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.README_SCREENSHOTS !== '1') return;
  const dir = path.join(PROJECT_ROOT, 'docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

let app: RunningApp | undefined;
let browser: Browser | undefined;
let origin = '';

beforeAll(async () => {
  app = await startTestApp();
  origin = originOf(app.url);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await app?.stop();
});

async function open(options: { viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; errors: string[] }> {
  if (!browser) throw new Error('no browser');
  return newPage(browser, options);
}

async function api(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await postGraphQL(app!.url, query, variables);
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** RFC 4180 parser, enough to read back the explorer's CSV (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('explorer', () => {
  it('search → person → award quote → graph → competition → provincial-or-higher awards → CSV', async () => {
    const { page, errors } = await open();
    await page.goto(`${origin}/`);
    const search = page.getByRole('combobox', { name: '搜索' });

    // Chinese name.
    await search.fill('杨珍华');
    await page
      .getByRole('option', { name: /杨珍华/ })
      .first()
      .waitFor(WAIT);
    await expect(search.getAttribute('aria-expanded')).resolves.toBe('true');
    // The snippet's match is a <mark> element, not markup text.
    await page
      .getByRole('option', { name: /杨珍华/ })
      .first()
      .locator('mark', { hasText: '杨珍华' })
      .waitFor(WAIT);
    await saveScreenshot(page, '01-search-chinese');

    // Pinyin run together, then initials with the keyboard only. Each query starts from an empty
    // box, so the options waited for are the new query's and not the previous one's.
    const typeAfresh = async (text: string) => {
      await search.fill('');
      await page
        .getByRole('option')
        .first()
        .waitFor({ state: 'detached', ...WAIT });
      await search.fill(text);
    };
    await typeAfresh('yangzhenhua');
    await page
      .getByRole('option', { name: /杨珍华/ })
      .first()
      .waitFor(WAIT);
    await typeAfresh('yzh');
    const option = page.getByRole('option', { name: /杨珍华/ }).first();
    await option.waitFor(WAIT);
    await search.press('ArrowDown');
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(search.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
    await saveScreenshot(page, '02-search-pinyin-initials');
    await search.press('Enter');
    await page.waitForURL(`${origin}/entity/person/yang-zhenhua`, WAIT);

    // The person's page: header and an award with its highlighted quote.
    await page.getByRole('heading', { level: 1, name: '杨珍华' }).waitFor(WAIT);
    await page.getByText('yáng zhēn huá').waitFor(WAIT);
    const awards = page.locator('[data-group=awards]');
    await awards.getByRole('link', { name: '银牌' }).waitFor(WAIT);
    const silverQuote = awards.locator('mark', { hasText: '杨珍华摘得银牌' }).first();
    await silverQuote.waitFor(WAIT);
    // The quote stands inside its sentence of the report, which ends where the sentence does.
    const sentence = await silverQuote.locator('xpath=..').innerText();
    expect(sentence.length).toBeGreaterThan('杨珍华摘得银牌'.length);
    expect(sentence).toMatch(/[。；]$/);
    await awards.getByText('第四部分第1条').first().waitFor(WAIT);
    await saveScreenshot(page, '03-entity-person');
    await readmeScreenshot(page, 'entity-page');

    // The graph of her neighbourhood; select the competition and open it.
    await page.getByRole('link', { name: '查看关系图' }).click();
    await page.waitForURL(`${origin}/graph/person/yang-zhenhua`, WAIT);
    await page.locator('[data-testid=graph-canvas] canvas').first().waitFor(WAIT);
    await page.locator('.legend').getByText('竞赛').waitFor(WAIT);
    const panel = page.getByTestId('graph-selected');
    await panel.getByText('杨珍华').waitFor(WAIT);
    await readmeScreenshot(page, 'graph-view');
    // Selecting from the node list, then by clicking the canvas: the centre entity sits in its middle.
    await page.getByRole('button', { name: /中华人民共和国第一届职业技能大赛/ }).click();
    await panel.getByText('中华人民共和国第一届职业技能大赛').waitFor(WAIT);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await panel.getByText('杨珍华').waitFor(WAIT);
    await page.getByRole('button', { name: /中华人民共和国第一届职业技能大赛/ }).click();
    await panel.getByText('中华人民共和国第一届职业技能大赛').waitFor(WAIT);
    await saveScreenshot(page, '04-graph');
    // Expanding merges the competition's neighbourhood in (陈滢 won there).
    await panel.getByRole('button', { name: '展开邻居' }).click();
    await page.getByRole('button', { name: /陈滢/ }).waitFor(WAIT);
    await saveScreenshot(page, '05-graph-expanded');
    await panel.getByRole('link', { name: '打开详情' }).click();
    await page.waitForURL(`${origin}/entity/competition/national-skills-competition-1`, WAIT);
    await page.getByRole('heading', { level: 1, name: '中华人民共和国第一届职业技能大赛' }).waitFor(WAIT);
    await saveScreenshot(page, '06-entity-competition');

    // The awards table, filtered to provincial or higher through its labelled control.
    await page.getByRole('navigation').getByRole('link', { name: '获奖' }).click();
    await page.waitForURL(`${origin}/awards`, WAIT);
    await page.getByTestId('awards-table').waitFor(WAIT);
    await page.getByLabel('级别（不低于）').selectOption('PROVINCIAL');
    await page.waitForURL(`${origin}/awards?levelAtLeast=PROVINCIAL`, WAIT);
    const expected = (
      await api(
        'query ($f: AwardFilter) { awards(filter: $f, first: 100) { totalCount edges { node { id rankText recipients { name } } } } }',
        {
          f: { levelAtLeast: 'PROVINCIAL' },
        },
      )
    ).awards as { totalCount: number; edges: { node: { id: string; rankText: string; recipients: { name: string }[] } }[] };
    await page.getByTestId('awards-count').getByText(`共 ${expected.totalCount} 项`).waitFor(WAIT);
    await saveScreenshot(page, '07-awards-provincial');

    // The CSV holds every filtered award (all pages), UTF-8 with a BOM.
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('awards.csv');
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const [header, ...data] = rows;
    expect(header![0]).toBe('奖项');
    expect(header![header!.length - 1]).toBe('id');
    expect(data).toHaveLength(expected.totalCount);
    expect(data.map((r) => r[r.length - 1]).sort()).toEqual(expected.edges.map((e) => e.node.id).sort());
    const silver = data.find((r) => r[r.length - 1] === 'award/yang-zhenhua-nsc1-silver');
    expect(silver).toBeDefined();
    expect(silver![1]).toBe('银牌');
    expect(silver![6]).toBe('杨珍华');

    // Sorting is kept in the URL too, and the back button restores the previous table.
    await page.getByRole('button', { name: /名次/ }).first().click();
    await page.waitForURL(/sort=RANK/, WAIT);
    await page.goBack();
    await page.waitForURL(`${origin}/awards?levelAtLeast=PROVINCIAL`, WAIT);
    await page.goBack();
    await page.waitForURL(`${origin}/awards`, WAIT);
    await expect(page.getByLabel('级别（不低于）').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('path finder: 杨珍华 → 陈滢 are two steps apart, each step with its quote', async () => {
    const { page, errors } = await open();
    await page.goto(`${origin}/path`);
    const from = page.getByRole('combobox', { name: '起点' });
    await from.fill('杨珍华');
    await page
      .getByRole('option', { name: /杨珍华/ })
      .first()
      .click();
    await page.waitForURL(/from=person%2Fyang-zhenhua/, WAIT);
    const to = page.getByRole('combobox', { name: '终点' });
    await to.fill('chenying');
    await page.getByRole('option', { name: /陈滢/ }).first().click();
    await page.waitForURL(`${origin}/path?from=person%2Fyang-zhenhua&to=person%2Fchen-ying`, WAIT);
    const paths = page.getByTestId('path');
    await paths.first().waitFor(WAIT);
    const expected = (await api('{ connections(from: "person/yang-zhenhua", to: "person/chen-ying", first: 10) { length } }'))
      .connections as { length: number }[];
    expect(expected.length).toBeGreaterThan(0);
    await expect(paths.count()).resolves.toBe(expected.length);
    await page.getByTestId('path-count').getByText('每条 2 步').waitFor(WAIT);
    const first = paths.first();
    await expect(first.locator('.hop-node').count()).resolves.toBe(3);
    await expect(first.locator('.hop-edge mark').count()).resolves.toBeGreaterThanOrEqual(2);
    await first
      .getByRole('link', { name: '中华人民共和国第一届职业技能大赛' })
      .or(first.getByRole('link', { name: /国家集训队|学院/ }))
      .first()
      .waitFor(WAIT);
    await saveScreenshot(page, '08-path');

    // Leaving the college out lists the paths the API finds without it, none through it.
    await page.getByLabel('不经过学院').check();
    await page.waitForURL(/avoid=org%2Fcollege/, WAIT);
    const avoiding = (
      await api(
        '{ connections(from: "person/yang-zhenhua", to: "person/chen-ying", first: 10, maxHops: 4, avoid: ["org/college"]) { nodes { id } } }',
      )
    ).connections as { nodes: { id: string }[] }[];
    expect(avoiding.length).toBeGreaterThan(0);
    expect(avoiding.flatMap((p) => p.nodes.map((n) => n.id))).not.toContain('org/college');
    const pathItems = '[data-testid="path"]';
    await page.waitForFunction(
      `document.querySelectorAll('${pathItems}').length === ${avoiding.length} && !document.querySelector('${pathItems} a[href="/entity/org/college"]')`,
      undefined,
      WAIT,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('awards table: a trade filter, and a section filter offering the sections that hold awards', async () => {
    const { page, errors } = await open();
    await page.goto(`${origin}/awards`);
    await page.getByTestId('awards-table').waitFor(WAIT);
    await page.getByLabel('赛项').selectOption({ label: '商品展示技术' });
    await page.waitForURL(`${origin}/awards?trade=trade%2Fvisual-merchandising`, WAIT);
    const merchandising = (await api('{ awards(filter: { trade: "trade/visual-merchandising" }) { totalCount } }')).awards as {
      totalCount: number;
    };
    expect(merchandising.totalCount).toBeGreaterThan(0);
    await page.getByTestId('awards-count').getByText(`共 ${merchandising.totalCount} 项`).waitFor(WAIT);
    const buckets = (await api('{ awardStatistics(groupBy: SECTION, awardsPerBucket: 1) { key } }')).awardStatistics as { key: string }[];
    const withAwards = buckets.map((b) => b.key).filter((key) => key !== '前言' && key !== 'UNSPECIFIED');
    expect(withAwards.length).toBeGreaterThan(0);
    const sectionOptions = page.getByLabel('报告部分').locator('option');
    for (const key of withAwards) await sectionOptions.filter({ hasText: `第${key}部分` }).waitFor({ ...WAIT, state: 'attached' });
    await expect(sectionOptions.count()).resolves.toBe(withAwards.length + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dashboard: a bar opens the awards table with the matching filter', async () => {
    const { page, errors } = await open();
    await page.goto(`${origin}/dashboard`);
    const levelChart = page.getByTestId('chart-LEVEL');
    // ECharts' SVG renderer draws bars as paths filled with the bar colour; the first is 国家级.
    const bar = levelChart.locator('svg path[fill="#1f5fbf"]').first();
    await bar.waitFor({ state: 'attached', ...WAIT });
    await page
      .getByTestId('chart-SECTION')
      .locator('svg path[fill="#1f5fbf"]')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    await saveScreenshot(page, '09-dashboard');
    const stats = (await api('{ awardStatistics(groupBy: LEVEL) { key count } }')).awardStatistics as { key: string; count: number }[];
    const national = stats.find((s) => s.key === 'NATIONAL')!;
    await bar.click({ force: true });
    await page.waitForURL(`${origin}/awards?level=NATIONAL`, WAIT);
    await expect(page.getByLabel('级别（恰为）').inputValue()).resolves.toBe('NATIONAL');
    await page.getByTestId('awards-count').getByText(`共 ${national.count} 项`).waitFor(WAIT);
    await saveScreenshot(page, '10-dashboard-to-awards');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches the interface to English and remembers it', async () => {
    const { page, errors } = await open();
    await page.goto(`${origin}/entity/person/yang-zhenhua`);
    await page.getByRole('heading', { level: 1, name: '杨珍华' }).waitFor(WAIT);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Awards' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Awards' }).first().waitFor(WAIT);
    await page.getByRole('link', { name: 'Open graph view' }).waitFor(WAIT);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await saveScreenshot(page, '11-english');
    await page.reload();
    await page.getByRole('link', { name: 'Open graph view' }).waitFor(WAIT);
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('link', { name: '查看关系图' }).waitFor(WAIT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no horizontal scroll at phone width (390px)', async () => {
    const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
    const views: [string, string, () => Promise<unknown>][] = [
      ['search', '/', () => page.getByRole('combobox').waitFor(WAIT)],
      ['entity', '/entity/person/yang-zhenhua', () => page.getByRole('heading', { level: 1, name: '杨珍华' }).waitFor(WAIT)],
      ['awards', '/awards?levelAtLeast=PROVINCIAL', () => page.getByTestId('awards-table').waitFor(WAIT)],
      ['graph', '/graph/person/yang-zhenhua', () => page.locator('[data-testid=graph-canvas] canvas').first().waitFor(WAIT)],
      ['path', '/path?from=person%2Fyang-zhenhua&to=person%2Fchen-ying', () => page.getByTestId('path').first().waitFor(WAIT)],
      [
        'dashboard',
        '/dashboard',
        () =>
          page
            .getByTestId('chart-RANK')
            .locator('svg path[fill="#1f5fbf"]')
            .first()
            .waitFor({ state: 'attached', ...WAIT }),
      ],
    ];
    for (const [name, path, ready] of views) {
      await page.goto(`${origin}${path}`);
      await ready();
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
      await saveScreenshot(page, `12-phone-${name}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
