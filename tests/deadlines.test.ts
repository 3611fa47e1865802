import net from 'node:net';
import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET, PROJECT_ROOT } from '../src/config';
import { createExecutor, DatabaseTimeoutError } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { spawnTracked } from './support/processes';
import { clearGraph, openTestDatabase, quietLog, testConfig } from './support/testEnv';

/** Deadlines, rate limits and graceful shutdown. */

describe('statement deadline', () => {
  it('stops a statement on the server when it runs past the configured time', async () => {
    const config = testConfig({ REQUEST_TIMEOUT_MS: '300' });
    const db = createExecutor({ ...config.neo4j, uri: config.neo4j.uri! }, quietLog);
    try {
      const slow = db.read('UNWIND range(1, 300000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS n');
      await expect(slow).rejects.toBeInstanceOf(DatabaseTimeoutError);
    } finally {
      await db.close();
    }
  });
});

describe('receive limit', () => {
  it('cuts off a client that sends its request too slowly, soon after the limit', async () => {
    const app = await startApp(testConfig({ SEED_ON_START: 'false', REQUEST_TIMEOUT_MS: '1000' }), quietLog);
    try {
      const { port } = new URL(app.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      const started = Date.now();
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      // Headers promise 1,000 bytes of body; one byte comes, then nothing.
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{');
      await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      // Node's default check interval let such a client stay about 30 s past the limit.
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await app.stop();
    }
  });
});

describe('mutation rate limit', () => {
  let app: RunningApp;
  beforeAll(async () => {
    const db = await openTestDatabase();
    await clearGraph(db);
    await db.close();
    app = await startApp(testConfig({ MUTATIONS_PER_MINUTE: '3' }), quietLog);
  });
  afterAll(() => app.stop());

  const update = async (token: string, note: string) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation { updateEntity(id: "org/college", input: { note: "${note}", reason: "rate test" }) { note } }`,
      }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { errors?: { extensions: Record<string, unknown> }[] },
    };
  };

  it("refuses a caller's changes past the limit with 429, changing nothing, while others go on", async () => {
    const ann = await mintToken(DEV_JWT_SECRET, 'ann', ['editor']);
    for (const n of [1, 2, 3]) expect((await update(ann, `note ${n}`)).status).toBe(200);
    const db = await openTestDatabase();
    const before = await fingerprintGraph(db);
    const refused = await update(ann, 'note 4');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.retryAfter)).toBe(refused.body.errors?.[0]?.extensions.retryAfterSeconds);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(await fingerprintGraph(db)).toEqual(before);
    await db.close();
    const bob = await mintToken(DEV_JWT_SECRET, 'bob', ['editor']);
    expect((await update(bob, 'note from bob')).status).toBe(200);
  });
});

describe('SIGTERM', () => {
  it('turns readiness to 503, lets in-flight requests finish, then exits 0', async () => {
    const child = spawnTracked(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        NEO4J_URI: process.env.NEO4J_TEST_URI!,
        NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD!,
        SEED_ON_START: 'false',
        SHUTDOWN_GRACE_MS: '2000',
        // All ten requests below must be admitted at once: this is about shutdown, not overload.
        MAX_CONCURRENT_REQUESTS: '16',
        LOG_LEVEL: 'info',
      },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /GraphQL API ready at (\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
    });
    const query = JSON.stringify({
      query: '{ neighbourhood(id: "org/college", hops: 2, maxNodes: 300) { nodes { id name sources { quote } } edges { id } } }',
    });
    // Every outcome is captured, so nothing is left to reject unobserved.
    const requests = Array.from({ length: 10 }, () =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query }).then(
        (r) => r.status,
        (err: Error) => `failed: ${err.message}`,
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // Readiness turns 503 once the signal is handled, while the listener is still open.
    let sawUnready = false;
    for (let i = 0; i < 100 && !sawUnready; i++) {
      const status = await fetch(url.replace('/graphql', '/readyz')).then(
        (r) => r.status,
        () => 0,
      );
      sawUnready = status === 503;
      if (!sawUnready) await new Promise((r) => setTimeout(r, 50));
    }
    expect(sawUnready).toBe(true);
    expect(await Promise.all(requests)).toEqual(Array(10).fill(200));
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
  });
});
