import { Deadline } from '../../src/deadline';
import { createExecutor, DatabaseTimeoutError, DatabaseUnavailableError, type Statement } from '../../src/neo4j/executor';
import { freePort, quietLog } from '../support/testEnv';

/** The request deadline and the executor's use of it, without a database. */

/** An executor whose server is nowhere: any attempt to reach it fails at once (connection refused). */
async function executorWithoutServer(retryTimeMs = 60_000) {
  const port = await freePort();
  return createExecutor(
    {
      uri: `bolt://127.0.0.1:${port}`,
      username: 'neo4j',
      password: 'irrelevant',
      database: 'neo4j',
      connectionTimeoutMs: 1500,
      retryTimeMs,
      statementTimeoutMs: 10_000,
      datasetTimeoutMs: 60_000,
    },
    quietLog,
  );
}

describe('a deadline', () => {
  it('aborts its signal and settles `reached` once it passes', async () => {
    const deadline = Deadline.after(20);
    expect(deadline.expired).toBe(false);
    expect(deadline.remainingMs()).toBeGreaterThan(0);
    await deadline.reached;
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.expired).toBe(true);
    expect(deadline.remainingMs()).toBe(0);
  });

  it('moves later when extended, never earlier, and not once passed', async () => {
    const deadline = new Deadline(Date.now() + 20, Date.now());
    const first = deadline.at;
    deadline.extendTo(first - 10);
    expect(deadline.at).toBe(first);
    deadline.extendTo(first + 100);
    expect(deadline.at).toBe(first + 100);
    await deadline.reached;
    expect(Date.now()).toBeGreaterThanOrEqual(first + 100);
    deadline.extendTo(Date.now() + 10_000);
    expect(deadline.expired).toBe(true);
  });

  it('does not fire once disposed', async () => {
    const deadline = Deadline.after(10);
    deadline.dispose();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deadline.signal.aborted).toBe(false);
  });

  it('remembers a commit, in flight or done', async () => {
    const deadline = Deadline.after(10_000);
    expect(deadline.changedSomething).toBe(false);
    let commit!: () => void;
    const committing = deadline.commit(new Promise<void>((resolve) => (commit = resolve)));
    expect(deadline.changedSomething).toBe(true);
    commit();
    await committing;
    expect(deadline.changedSomething).toBe(true);
    deadline.dispose();
  });

  it('waits for the transactions being ended, up to a bound', async () => {
    const deadline = Deadline.after(10_000);
    expect(await deadline.settled(Date.now() + 10_000)).toBe(true);
    let end!: () => void;
    deadline.track(new Promise<void>((resolve) => (end = resolve)));
    expect(await deadline.settled(Date.now() + 20)).toBe(false);
    end();
    expect(await deadline.settled(Date.now() + 10_000)).toBe(true);
    deadline.dispose();
  });
});

describe('the executor under a deadline', () => {
  it('refuses to start a transaction once the deadline has passed', async () => {
    const db = await executorWithoutServer();
    const statements: Statement[] = [];
    const past = new Deadline(Date.now() - 1, Date.now() - 100);
    try {
      const scoped = db.scoped({ deadline: past, onStatement: (s) => statements.push(s) });
      await expect(scoped.read('RETURN 1')).rejects.toBeInstanceOf(DatabaseTimeoutError);
      await expect(scoped.write(async (tx) => tx.run('CREATE (:Never)'))).rejects.toBeInstanceOf(DatabaseTimeoutError);
      // Refused before any session was opened: no statement was even handed to the driver.
      expect(statements).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('stops retrying a failing database at the deadline, not at the end of the retry window', async () => {
    const db = await executorWithoutServer(60_000);
    const started = Date.now();
    try {
      await expect(db.scoped({ deadline: Deadline.after(300) }).read('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
      // A minute of retries was allowed; the deadline ended them (bound generous for a busy machine).
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await db.close();
    }
  });
});
