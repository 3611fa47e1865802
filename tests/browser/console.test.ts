import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../../src/app';
import { launchBrowser, newPage, originOf, saveScreenshot } from '../support/browser';
import { startTestApp } from '../support/app';
import { freePort } from '../support/testEnv';

/**
 * The bundled GraphQL console and pages on other origins, in real headless Chromium: the
 * console runs an example with no internet, and a front end on an allowed origin can call the
 * API while one on another origin cannot.
 */
let app: RunningApp;
let browser: Browser;
const pageServers: http.Server[] = [];
let allowedOrigin: string;
let otherOrigin: string;

/** A front end on another origin: one page that asks the API for the graph's size. */
async function servePage(port: number, apiUrl: string): Promise<string> {
  const page = `<!doctype html><meta charset="utf-8"><title>Dashboard</title><p id="out">loading</p>
<script>
fetch(${JSON.stringify(apiUrl)}, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ graphSummary { entityTotal } }' }),
})
  .then((r) => r.json())
  .then((body) => { document.getElementById('out').textContent = 'entities: ' + body.data.graphSummary.entityTotal; })
  .catch((err) => { document.getElementById('out').textContent = 'failed: ' + err.message; });
</script>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
  pageServers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const [allowedPort, otherPort] = [await freePort(), await freePort()];
  allowedOrigin = `http://127.0.0.1:${allowedPort}`;
  app = await startTestApp({ CORS_ORIGINS: allowedOrigin });
  await servePage(allowedPort, app.url);
  otherOrigin = await servePage(otherPort, app.url);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(pageServers.map((s) => new Promise((resolve) => s.close(resolve))));
  await app?.stop();
});

describe('the GraphQL console at /graphiql', () => {
  it('opens with the example operations and their variables, and runs one', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(`${originOf(app.url)}/graphiql`);
    for (const name of ['AwardsWon', 'CompetitionResults', 'PersonRecord', 'Search']) {
      await page.getByRole('tab', { name }).waitFor({ timeout: 60_000 });
    }
    // The first example's variables are filled in, so it runs as it is.
    await page.locator('.graphiql-editor-tool').getByText('NATIONAL').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Execute query/ }).click();
    const result = page.locator('.result-window');
    await result.getByText('"totalCount"').waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'console-awards-won');
    expect(await result.innerText()).not.toMatch(/"errors"/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a front end on another origin', () => {
  it('calls the API from an allowed origin', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(allowedOrigin);
    await page.getByText(/^entities: \d+$/).waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is refused by the browser from an origin that is not allowed', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(otherOrigin);
    await page.getByText(/^failed: /).waitFor({ timeout: 60_000 });
    expect(errors.join('\n')).toMatch(/CORS policy/);
    await page.close();
  });
});
