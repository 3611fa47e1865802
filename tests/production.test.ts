import { startApp, type RunningApp } from '../src/app';
import { postGraphQL } from './support/app';
import { quietLog, testConfig } from './support/testEnv';

/** NODE_ENV=production: what a client can learn beyond the documented API is nothing. */
let app: RunningApp;
let withIntrospection: RunningApp;

beforeAll(async () => {
  app = await startApp(testConfig({ NODE_ENV: 'production', SEED_ON_START: 'false' }), quietLog);
  withIntrospection = await startApp(
    testConfig({ NODE_ENV: 'production', SEED_ON_START: 'false', GRAPHQL_INTROSPECTION: 'true' }),
    quietLog,
  );
});
afterAll(async () => {
  await app.stop();
  await withIntrospection.stop();
});

describe('production mode', () => {
  it('suggests no field names for a misspelt field', async () => {
    const { status, body } = await postGraphQL(app.url, '{ graphSumary { entityTotal } }');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|graphSummary/);
  });

  it('turns introspection off unless configured on', async () => {
    const off = await postGraphQL(app.url, '{ __schema { queryType { name } } }');
    expect(off.body.errors?.[0]?.message).toMatch(/introspection/i);
    const on = await postGraphQL(withIntrospection.url, '{ __schema { queryType { name } } }');
    expect(on.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('carries no stack traces or file paths in errors', async () => {
    const { body } = await postGraphQL(app.url, '{ entities(kind: AWARD, first: 0) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\/work\/|\.ts:/);
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ graphSummary { entityTotal } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('returns a request id, keeping a plausible one the caller sent', async () => {
    const post = (id?: string) =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(id ? { 'x-request-id': id } : {}) },
        body: JSON.stringify({ query: '{ graphSummary { entityTotal } }' }),
      });
    expect((await post('trace-123')).headers.get('x-request-id')).toBe('trace-123');
    expect((await post()).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post('bad id with spaces<script>')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
