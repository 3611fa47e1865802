import { startApp, type RunningApp } from '../src/app';
import { AdmissionGate } from '../src/http/admission';
import { startTestApp } from './support/app';
import { quietLog, testConfig } from './support/testEnv';

/** Overload is answered, not failed: excess requests get 503 with Retry-After, never a 500. */

describe('the admission gate', () => {
  it('admits up to its limit, queues up to its queue limit, refuses the rest, and hands slots on in order', async () => {
    const gate = new AdmissionGate(2, 1);
    const first = await gate.enter();
    const second = await gate.enter();
    expect(first && second).toBeTruthy();
    expect(gate.saturated).toBe(false); // one may still queue
    const queued = gate.enter();
    expect(gate.saturated).toBe(true); // a request arriving now is refused before its body is read
    expect(await gate.enter()).toBeUndefined(); // queue full: refused at once
    first!();
    first!(); // a second call releases nothing more
    const third = await queued;
    expect(third).toBeDefined();
    expect(await gate.enter()).toBeUndefined();
    second!();
    third!();
    expect(await gate.enter()).toBeDefined();
  });
});

describe('a service under more load than it admits', () => {
  let app: RunningApp;
  beforeAll(async () => {
    await (await startTestApp()).stop(); // seeds the graph
    app = await startApp(testConfig({ SEED_ON_START: 'false', MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '0' }), quietLog);
  });
  afterAll(() => app.stop());

  it('answers every request with data or 503 SERVICE_UNAVAILABLE and Retry-After', async () => {
    const query = '{ awardStatistics(groupBy: LEVEL) { key count awards { id name recipients { name } } } }';
    const responses = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const response = await fetch(app.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
      }),
    );
    const refused = responses.filter((r) => r.status === 503);
    const served = responses.filter((r) => r.status === 200);
    expect(served.length + refused.length).toBe(responses.length);
    expect(served.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of served) expect(r.body.data.awardStatistics.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.retryAfter).toBe('1');
      expect(r.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
  });
});
