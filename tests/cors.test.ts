import { startApp, type RunningApp } from '../src/app';
import { quietLog, testConfig } from './support/testEnv';

/**
 * Browsers on other origins: preflights, allowed and refused origins, the production default,
 * and Apollo's CSRF prevention, which must still refuse simple requests from allowed origins.
 */
const apps: RunningApp[] = [];
async function start(env: Record<string, string>): Promise<string> {
  const app = await startApp(testConfig({ SEED_ON_START: 'false', ...env }), quietLog);
  apps.push(app);
  return app.url;
}
afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
});

const preflight = (url: string, origin: string, requestHeaders = 'content-type, authorization') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders },
  });

const crossOriginPost = (url: string, origin: string) =>
  fetch(url, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ graphSummary { reports { id } } }' }),
  });

describe('CORS in development (the default policy: any local port)', () => {
  let url: string;
  beforeAll(async () => {
    url = await start({});
  });

  it('answers a preflight from a local dev server with 204 and what a GraphQL client needs', async () => {
    const response = await preflight(url, 'http://localhost:5173', 'content-type, authorization, apollo-require-preflight');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('lets the allowed origin read the answer and its request id', async () => {
    const response = await crossOriginPost(url, 'http://127.0.0.1:8080');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(await response.json()).toMatchObject({ data: { graphSummary: { reports: expect.any(Array) } } });
  });

  it('gives another origin no allow headers, so its browser withholds the answer', async () => {
    const refused = await preflight(url, 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as any).errors[0].message).toMatch(/https:\/\/evil\.example.*CORS_ORIGINS/);
    const post = await crossOriginPost(url, 'https://evil.example');
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    // A look-alike host is not a local origin.
    expect((await preflight(url, 'http://localhost.evil.example:5173')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses simple requests, which a browser sends without a preflight (CSRF prevention)', async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ graphSummary { entityTotal } }')}`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const textPlain = await fetch(url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ graphSummary { entityTotal } }' }),
    });
    expect(textPlain.status).toBe(400);
  });
});

describe('CORS in production', () => {
  it('allows no other origin unless configured', async () => {
    const url = await start({ NODE_ENV: 'production' });
    const response = await preflight(url, 'http://localhost:5173');
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins, or any with *', async () => {
    const url = await start({ NODE_ENV: 'production', CORS_ORIGINS: 'https://www.college.example, https://dash.college.example/' });
    expect((await preflight(url, 'https://dash.college.example')).headers.get('access-control-allow-origin')).toBe(
      'https://dash.college.example',
    );
    expect((await preflight(url, 'http://www.college.example')).headers.get('access-control-allow-origin')).toBeNull();
    const open = await start({ NODE_ENV: 'production', CORS_ORIGINS: '*' });
    expect((await preflight(open, 'https://anyone.example')).headers.get('access-control-allow-origin')).toBe('*');
  });
});
