import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RunningApp } from '../src/app';
import { landingPageScriptBytes, WEB_DIST } from '../src/web/build';
import { startTestApp } from './support/app';

/** The built explorer and console as the API serves them (web/dist, built by `npm test`). */
let app: RunningApp;
let origin: string;
beforeAll(async () => {
  app = await startTestApp({ SEED_ON_START: 'false' });
  origin = new URL(app.url).origin;
});
afterAll(() => app.stop());

const html = { accept: 'text/html,application/xhtml+xml' };
const firstAsset = () => {
  const script = /src="\/(assets\/[^"]+\.js)"/.exec(fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8'));
  if (!script) throw new Error('index.html names no script');
  return script[1]!;
};

describe('the explorer at /', () => {
  it('serves the built page, revalidated on every visit', async () => {
    const page = await fetch(`${origin}/`, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toBe(fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8'));
  });

  it('serves its hashed assets gzipped and cacheable for good, and answers 304 to a known ETag', async () => {
    const asset = firstAsset();
    const response = await fetch(`${origin}/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch decompresses: the body is the file itself.
    expect(await response.text()).toBe(fs.readFileSync(path.join(WEB_DIST, asset), 'utf8'));
    const again = await fetch(`${origin}/${asset}`, { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves the largest assets from the gzipped copies the build wrote, whole and with their length', async () => {
    const assets = fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((name) => name.endsWith('.js'));
    const largest = assets.sort(
      (a, b) => fs.statSync(path.join(WEB_DIST, 'assets', b)).size - fs.statSync(path.join(WEB_DIST, 'assets', a)).size,
    )[0]!;
    const file = path.join(WEB_DIST, 'assets', largest);
    expect(fs.statSync(file).size).toBeGreaterThan(1024 * 1024);
    const copy = fs.readFileSync(`${file}.gz`);
    expect(gunzipSync(copy).equals(fs.readFileSync(file))).toBe(true);

    const gzipped = await fetch(`${origin}/assets/${largest}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzipped.headers.get('content-length'))).toBe(copy.length);
    expect(Buffer.from(await gzipped.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true);

    const plain = await fetch(`${origin}/assets/${largest}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(fs.statSync(file).size);
    expect(Buffer.from(await plain.arrayBuffer()).equals(fs.readFileSync(file))).toBe(true);

    const head = await fetch(`${origin}/assets/${largest}`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(Number(head.headers.get('content-length'))).toBe(copy.length);
    expect(await head.text()).toBe('');
    // The copies are an encoding of their originals, not files of their own.
    expect((await fetch(`${origin}/assets/${largest}.gz`)).status).toBe(404);
  });

  it("answers the explorer's own routes with the page, and unknown files with 404", async () => {
    const deepLink = await fetch(`${origin}/entity/person/yang-zhenhua`, { headers: html });
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toMatch(/<div id="root">/);
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${origin}/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/%2e%2e/package.json`, { headers: html })).status).toBe(404);
    // Scripts asking for data get JSON errors, not the page.
    expect((await fetch(`${origin}/entity/person/yang-zhenhua`)).status).toBe(404);
  });
});

describe('the build', () => {
  it("keeps the landing page's JavaScript under 250 KB gzipped (graph, charts and console load on demand)", () => {
    const landing = landingPageScriptBytes();
    expect(landing.files.length).toBeGreaterThan(0);
    expect(landing.files.join(' ')).not.toMatch(/cytoscape|echarts|graphiql|monaco/i);
    expect(landing.gzipBytes).toBeLessThan(250 * 1024);
  });
});
