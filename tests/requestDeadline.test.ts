import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { EXPENSIVE_OPERATIONS } from '../bench/expensiveOperations';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import { Deadline } from '../src/deadline';
import { DatabaseTimeoutError, type Executor } from '../src/neo4j/executor';
import { fingerprintGraph } from '../src/neo4j/fingerprint';
import { startTestApp, type TestApp } from './support/app';
import { openTestDatabase, SEED_DIR } from './support/testEnv';

/**
 * REQUEST_TIMEOUT_MS is a deadline for the whole request, counted from its arrival: the client
 * has its answer or 504 TIMEOUT by then (plus a margin), and no transaction of the request is
 * left running in Neo4j; a change that misses it changes nothing. Bounds are generous and
 * independent of the machine's speed; `npm run bench:deadline` measures the real margin.
 */

const LIMIT_MS = 400;
/** Far above the few milliseconds the service needs, far below what Neo4j's own timeout took (about 2 s late). */
const MARGIN_MS = 1500;

let app: TestApp;
let db: Executor;
let editor: string;

beforeAll(async () => {
  app = await startTestApp({ REQUEST_TIMEOUT_MS: String(LIMIT_MS) });
  db = await openTestDatabase();
  editor = await mintToken(DEV_JWT_SECRET, 'curator-ann', ['editor']);
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

interface Answer {
  status: number;
  elapsedMs: number;
  requestId: string;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions: Record<string, any> }[] };
}

/** Sends an operation with a known request id (it becomes the transactions' metadata) and times it. */
async function send(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const requestId = `deadline-test-${randomUUID()}`;
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, elapsedMs: performance.now() - started, requestId, body };
}

/**
 * The request's transactions that Neo4j still runs (or that wait for a lock). A transaction
 * listed as terminated can no longer commit and goes away once its statement notices.
 */
async function transactionsOf(requestId: string): Promise<unknown[]> {
  const result = await db.read(
    `SHOW TRANSACTIONS YIELD transactionId, metaData, status
     WHERE metaData.requestId = $requestId AND NOT status STARTS WITH 'Terminated'
     RETURN transactionId, status`,
    { requestId },
  );
  return result.records.map((r) => r.toObject());
}

/**
 * What is left of the request's transactions once Neo4j has processed the RESET that ends them.
 * The 504 waits for that until 50 ms past the deadline, so normally nothing is listed at the
 * first look; on a starved machine the answer may come first, and the transaction must then go
 * away within moments (10 s is only a bound for a machine that is far too busy).
 */
async function transactionsLeft(requestId: string): Promise<unknown[]> {
  const giveUpAt = performance.now() + 10_000;
  for (;;) {
    const left = await transactionsOf(requestId);
    if (left.length === 0 || performance.now() > giveUpAt) return left;
  }
}

function expectTimeout(answer: Answer): void {
  expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions.code }).toEqual({ status: 504, code: 'TIMEOUT' });
}

class RolledBack extends Error {}

/**
 * Another client's write transaction holding the lock of one entity until released, then
 * rolled back: a write of that entity has to wait, so it cannot finish by its deadline on
 * any machine, however fast.
 */
async function holdLock(entityId: string): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holding = db
    .scoped({ deadline: Deadline.after(120_000) })
    .write(async (tx) => {
      await tx.run('MATCH (n:Entity {id: $entityId}) SET n.heldByTest = true', { entityId });
      locked();
      await released;
      throw new RolledBack();
    })
    .catch((err: unknown) => {
      if (!(err instanceof RolledBack)) throw err;
    });
  await Promise.race([isLocked, holding]);
  return {
    release: async () => {
      release();
      await holding;
    },
  };
}

describe('reads', () => {
  it('answers the most expensive reads the limits allow, or 504 TIMEOUT, by the deadline; nothing of a 504 runs on', async () => {
    const answers: { name: string; answer: Answer }[] = [];
    // One at a time, then all at once, so that some of them compete for the machine.
    for (const [name, query] of Object.entries(EXPENSIVE_OPERATIONS)) answers.push({ name, answer: await send(app.url, query) });
    for (let round = 0; round < 2; round++) {
      const concurrent = await Promise.all(
        Object.entries(EXPENSIVE_OPERATIONS).map(async ([name, query]) => ({ name, answer: await send(app.url, query) })),
      );
      answers.push(...concurrent);
    }
    for (const { name, answer } of answers) {
      const outcome = { name, status: answer.status, codes: answer.body.errors?.map((e) => e.extensions.code) };
      if (answer.status === 200) expect(outcome).toEqual({ name, status: 200, codes: undefined });
      else expect(outcome).toEqual({ name, status: 504, codes: ['TIMEOUT'] });
      expect({ name, late: answer.elapsedMs > LIMIT_MS + MARGIN_MS }).toEqual({ name, late: false });
      if (answer.status === 504) expect(await transactionsLeft(answer.requestId)).toEqual([]);
    }
  });

  it('ends a statement still running at the deadline in Neo4j, long before its own timeout would', async () => {
    const requestId = `deadline-test-${randomUUID()}`;
    const started = performance.now();
    const slow = db
      .scoped({ requestId, deadline: Deadline.after(LIMIT_MS) })
      .read('UNWIND range(1, 300000000) AS x WITH x WHERE x % 7 = 123456789 RETURN count(x) AS n');
    await expect(slow).rejects.toBeInstanceOf(DatabaseTimeoutError);
    expect(performance.now() - started).toBeLessThan(LIMIT_MS + MARGIN_MS);
    expect(await transactionsOf(requestId)).toEqual([]);
  });
});

const auditEntries = async (reason: string) =>
  (await db.read('MATCH (a:AuditEntry {reason: $reason}) RETURN count(a) AS n', { reason })).records[0]?.get('n');

describe('writes', () => {
  it('answers 504 TIMEOUT for a change that cannot finish by its deadline, and changes nothing', async () => {
    const lock = await holdLock('org/college');
    const before = await fingerprintGraph(db);
    let answer: Answer;
    try {
      answer = await send(
        app.url,
        'mutation { updateEntity(id: "org/college", input: { note: "too late", reason: "deadline test" }) { note } }',
        {},
        editor,
      );
      expectTimeout(answer);
      expect(answer.elapsedMs).toBeLessThan(LIMIT_MS + MARGIN_MS);
      // Ended in Neo4j, not left waiting for the lock.
      expect(await transactionsLeft(answer.requestId)).toEqual([]);
    } finally {
      await lock.release();
    }
    expect(await fingerprintGraph(db)).toEqual(before);
    expect(await auditEntries('deadline test')).toBe(0);
  });
});

/** Deadlines long enough for an ordinary change to finish on a busy machine, so that only the blocked one misses it. */
describe('with longer limits', () => {
  const REQUEST_LIMIT_MS = 3000;
  const DATASET_LIMIT_MS = 6000;
  let generous: TestApp;
  beforeAll(async () => {
    generous = await startTestApp(
      { REQUEST_TIMEOUT_MS: String(REQUEST_LIMIT_MS), DATASET_TIMEOUT_MS: String(DATASET_LIMIT_MS) },
      { keepGraph: true },
    );
  });
  afterAll(() => generous?.stop());

  it('reports a change that committed before the deadline as committed, and the one the deadline stopped as TIMEOUT', async () => {
    const notesNow = async () =>
      (
        await db.read<{ id: string; note: string | null }>(
          'MATCH (n:Entity) WHERE n.id IN ["person/yang-zhenhua", "org/college"] RETURN n.id AS id, n.note AS note ORDER BY id',
        )
      ).records.map((r) => r.toObject());
    const [college] = await notesNow();
    const lock = await holdLock('org/college');
    let answer: Answer;
    try {
      answer = await send(
        generous.url,
        `mutation {
          first: updateEntity(id: "person/yang-zhenhua", input: { note: "in time", reason: "deadline commit test" }) { note }
          second: updateEntity(id: "org/college", input: { note: "too late", reason: "deadline commit test" }) { note }
        }`,
        {},
        editor,
      );
      expect(await transactionsLeft(answer.requestId)).toEqual([]);
    } finally {
      await lock.release();
    }
    // Mutations run one after the other: the first committed, the second waited for the lock.
    expect({ status: answer.status, errors: answer.body.errors?.map((e) => [e.path, e.extensions.code]) }).toEqual({
      status: 200,
      errors: [[['second'], 'TIMEOUT']],
    });
    expect(answer.body.data).toEqual({ first: { note: 'in time' }, second: null });
    expect(await notesNow()).toEqual([college, { id: 'person/yang-zhenhua', note: 'in time' }]);
    expect(await auditEntries('deadline commit test')).toBe(1);
  });

  it('gives a dataset import DATASET_TIMEOUT_MS, and past it answers 504 TIMEOUT with nothing of the dataset written', async () => {
    const reportDir = path.join(SEED_DIR, 'reports', '2020-s1');
    // A dataset that would change the graph: the college renamed.
    const files = fs.readdirSync(reportDir).map((name) => ({
      path: `reports/2020-s1/${name}`,
      content: fs
        .readFileSync(path.join(reportDir, name), 'utf8')
        .replace('nameEn: The College (the Ningbo technician college that wrote the report)', 'nameEn: Renamed by the deadline test'),
    }));
    const lock = await holdLock('org/college');
    const before = await fingerprintGraph(db);
    let answer: Answer;
    try {
      answer = await send(
        generous.url,
        'mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports } }',
        { files },
        editor,
      );
      expectTimeout(answer);
      // Not the request's deadline: the dataset's, counted from the request's arrival.
      expect(answer.elapsedMs).toBeGreaterThanOrEqual(DATASET_LIMIT_MS);
      expect(answer.elapsedMs).toBeLessThan(DATASET_LIMIT_MS + MARGIN_MS);
      expect(await transactionsLeft(answer.requestId)).toEqual([]);
    } finally {
      await lock.release();
    }
    expect(await fingerprintGraph(db)).toEqual(before);
  });
});
