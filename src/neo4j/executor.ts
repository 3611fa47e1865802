import neo4j, { type QueryResult, type RecordShape, type Transaction as DriverTransaction } from 'neo4j-driver';
import { Deadline } from '../deadline';
import type { Logger } from '../logger';

/**
 * The one way Cypher reaches Neo4j. Every statement of the service runs inside `read(work)` or
 * `write(work)` here, so the deadline, the transaction metadata, debug logging, session clean-up
 * and error translation cannot be forgotten by a caller. Nothing else opens a session or holds
 * the driver.
 */

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
  connectionTimeoutMs: number;
  /** How long a transaction that failed for a transient reason is retried (never past the deadline). */
  retryTimeMs: number;
  /** The deadline of work without a request (start-up, commands), per transaction. */
  statementTimeoutMs: number;
  /** The deadline of bulk work (a whole dataset in one transaction, the schema set-up), from the request's start. */
  datasetTimeoutMs: number;
}

/**
 * The database could not be reached (down, restarting, unreachable). Requests fail fast with
 * this instead of waiting out the driver's default 30-second retry window.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** The deadline passed: before a transaction could start, or while it ran (it was ended, nothing committed). */
export class DatabaseTimeoutError extends Error {
  override name = 'DatabaseTimeoutError';
}

/** A write broke a uniqueness constraint (an id already taken). Keeps Neo4j's code for callers that log it. */
export class DatabaseConflictError extends Error {
  override name = 'DatabaseConflictError';
  constructor(
    message: string,
    readonly code: string,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * The driver's pool gives up waiting for a connection with a code-less error: the server accepts
 * TCP but does not answer in time (starting, starved of CPU) or every connection is busy. Either
 * way the database cannot take the work now, which is a 503, not an internal error.
 */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

function translateDriverError(err: unknown): never {
  const code = (err as { code?: string }).code;
  const message = (err as Error).message;
  if (code && UNAVAILABLE_CODES.has(code)) throw new DatabaseUnavailableError(message, { cause: err });
  if (ACQUISITION_TIMEOUT.test(message ?? '')) throw new DatabaseUnavailableError(message, { cause: err });
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) throw new DatabaseTimeoutError(message, { cause: err });
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new DatabaseConflictError(message, code, { cause: err });
  throw err;
}

export type Params = Record<string, unknown>;

/** The statements of one unit of work, all in one transaction. */
export interface Transaction {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
}

export type Work<T> = (tx: Transaction) => Promise<T>;

export interface Statement {
  cypher: string;
  params: Params;
  mode: 'READ' | 'WRITE';
}

/** What a request adds to the executor it uses: its id (sent as transaction metadata), its logger, an observer, its deadline. */
export interface ExecutorScope {
  requestId?: string;
  log?: Logger;
  /** Sees every statement before it runs (tests count them this way). */
  onStatement?: (statement: Statement) => void;
  /**
   * The request's deadline, shared by all its transactions. Without one, each transaction gets
   * its own, `statementTimeoutMs` from its start.
   */
  deadline?: Deadline;
  /**
   * Bulk or set-up work (a whole dataset in one transaction, the schema): its deadline is
   * `datasetTimeoutMs` from the request's start instead; scoping a request's executor so moves
   * the request's deadline that far at once.
   */
  bulk?: boolean;
}

export interface Executor {
  readonly database: string;
  /** Runs `work` in a read transaction (routed to a secondary in a cluster). */
  read<T>(work: Work<T>): Promise<T>;
  /** One statement in its own read transaction. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  /** Runs `work` in a write transaction: all of it commits or none of it. */
  write<T>(work: Work<T>): Promise<T>;
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<R>>;
  /** The same connection pool, with a request's metadata, logger, observer or deadline. */
  scoped(scope: ExecutorScope): Executor;
  /** Throws the driver's own error when the server does not answer (its code tells why). */
  verifyConnectivity(): Promise<void>;
  close(): Promise<void>;
}

type AnyWork = Work<unknown> | string;

/** First pause before retrying a transient failure; it doubles each time (with jitter), as in the driver. */
const INITIAL_RETRY_DELAY_MS = 200;

/** Rejects once `signal` aborts; a rejection of `work` after that is observed, not left unhandled. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DatabaseTimeoutError('the deadline passed'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function createExecutor(target: Neo4jTarget, log: Logger): Executor {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Integers come back as JS numbers; every count in this graph is far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: target.connectionTimeoutMs,
    connectionAcquisitionTimeout: target.connectionTimeoutMs,
    logging: {
      level: 'warn',
      logger: (level, message) => log.warn({ driverLevel: level }, message),
    },
  });
  // One bookmark manager for every session: a read sees the writes acknowledged before it, even in a cluster.
  const bookmarkManager = neo4j.bookmarkManager();

  const scopedExecutor = (scope: ExecutorScope): Executor => {
    const scopeLog = scope.log ?? log;
    const metadata = { app: 'college-report-kg', ...(scope.requestId ? { requestId: scope.requestId } : {}) };
    const wrap = (tx: DriverTransaction, mode: Statement['mode']): Transaction => ({
      async run<R extends RecordShape>(cypher: string, params: Params = {}) {
        scopeLog.debug({ cypher, parameters: Object.keys(params), mode, requestId: scope.requestId }, 'cypher');
        scope.onStatement?.({ cypher, params, mode });
        return tx.run<R>(cypher, params);
      },
    });

    /**
     * One transaction, ended by the deadline if it is still running then. An explicit
     * transaction rather than the driver's managed ones, whose retries and commit cannot be held
     * to a deadline.
     */
    const attempt = async (mode: Statement['mode'], work: Work<unknown>, deadline: Deadline): Promise<unknown> => {
      if (deadline.expired) throw new DatabaseTimeoutError('the deadline passed before the transaction could start');
      const session = driver.session({
        database: target.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager,
      });
      let ended: Promise<void> | undefined;
      // Closing the session sends Bolt's RESET, on which Neo4j terminates the transaction at once
      // (and rolls it back); a rollback would only be read after the running statement finished.
      const endAtDeadline = () => {
        ended ??= session.close();
        deadline.track(ended);
      };
      deadline.signal.addEventListener('abort', endAtDeadline, { once: true });
      try {
        // Neo4j's own timeout stays as a backstop for a client that goes away.
        const tx = session.beginTransaction({ timeout: Math.max(1, Math.ceil(deadline.remainingMs())), metadata });
        const result = await untilAborted(work(wrap(tx, mode)), deadline.signal);
        if (deadline.expired) {
          endAtDeadline();
          throw new DatabaseTimeoutError('the deadline passed before the transaction could commit');
        }
        // The commit boundary: from here the deadline no longer interrupts; the commit's outcome,
        // whichever it is, is what the caller learns.
        deadline.signal.removeEventListener('abort', endAtDeadline);
        await deadline.commit(tx.commit());
        return result;
      } catch (err) {
        if (ended) {
          // Wait until Neo4j has let go of the transaction, so nothing of it runs on after the answer.
          await ended.catch((closeErr: unknown) => scopeLog.warn({ err: closeErr }, 'ending a transaction at its deadline failed'));
          if (err instanceof DatabaseTimeoutError) throw err;
          throw new DatabaseTimeoutError('the deadline passed while the transaction ran; it was ended', { cause: err });
        }
        throw err;
      } finally {
        deadline.signal.removeEventListener('abort', endAtDeadline);
        // A failed close must not hide the error of the work itself.
        await session.close().catch((err: unknown) => scopeLog.warn({ err }, 'closing a Neo4j session failed'));
      }
    };

    /** Retries transient failures, as the driver would, but never past the deadline. */
    const withRetries = async (mode: Statement['mode'], work: Work<unknown>, deadline: Deadline): Promise<unknown> => {
      let firstFailureAt: number | undefined;
      for (let delay = INITIAL_RETRY_DELAY_MS; ; delay *= 2) {
        try {
          return await attempt(mode, work, deadline);
        } catch (err) {
          if (err instanceof DatabaseTimeoutError || !neo4j.isRetryableError(err)) throw err;
          firstFailureAt ??= Date.now();
          const pause = delay * (0.8 + Math.random() * 0.4);
          if (Date.now() + pause > Math.min(firstFailureAt + target.retryTimeMs, deadline.at)) throw err;
          scopeLog.debug({ err, pause, requestId: scope.requestId }, 'retrying a transaction after a transient failure');
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      }
    };

    const execute = async (mode: Statement['mode'], arg: AnyWork, params?: Params): Promise<unknown> => {
      const work: Work<unknown> = typeof arg === 'string' ? (tx) => tx.run(arg, params) : arg;
      const own = scope.deadline ? undefined : Deadline.after(scope.bulk ? target.datasetTimeoutMs : target.statementTimeoutMs);
      const deadline = scope.deadline ?? own!;
      if (scope.bulk) deadline.extendTo(deadline.startedAt + target.datasetTimeoutMs);
      try {
        return await withRetries(mode, work, deadline);
      } catch (err) {
        translateDriverError(err);
      } finally {
        own?.dispose();
      }
    };

    return {
      database: target.database,
      read: ((arg: AnyWork, params?: Params) => execute('READ', arg, params)) as Executor['read'],
      write: ((arg: AnyWork, params?: Params) => execute('WRITE', arg, params)) as Executor['write'],
      scoped: (next) => {
        const merged = { ...scope, ...next };
        // Bulk work is known to take longer from the moment it is announced (validating an
        // upload counts too), not only from its transaction.
        if (merged.bulk) merged.deadline?.extendTo(merged.deadline.startedAt + target.datasetTimeoutMs);
        return scopedExecutor(merged);
      },
      verifyConnectivity: async () => {
        await driver.verifyConnectivity({ database: target.database });
      },
      close: () => driver.close(),
    };
  };
  return scopedExecutor({});
}

/**
 * A server that has just started may refuse the configured password for a moment (the bundled
 * one sets it once Bolt is already up), so refusals count as final only after this long.
 */
const CREDENTIALS_GRACE_MS = 15_000;

/** Waits until the server answers, retrying for a bounded time (a fresh server may still be starting). */
export async function waitForDatabase(
  db: Executor,
  timeoutMs: number,
  log: Logger,
  isStopping: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let refusedSince: number | undefined;
  let lastProblem = 'no answer';
  for (let attempt = 1; ; attempt++) {
    if (isStopping()) throw new DatabaseUnavailableError('stopped while waiting for Neo4j');
    try {
      await withinTime(db.verifyConnectivity(), deadline - Date.now());
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!(err instanceof AttemptExpired)) lastProblem = (err as Error).message;
      // Wrong credentials or an unknown database will not fix themselves: fail once they persist.
      if (code.startsWith('Neo.ClientError.Security') || code.startsWith('Neo.ClientError.Database')) {
        refusedSince ??= Date.now();
        if (Date.now() - refusedSince > CREDENTIALS_GRACE_MS) throw err;
      } else {
        refusedSince = undefined;
      }
      if (Date.now() > deadline) {
        throw new Error(`Neo4j did not answer within ${timeoutMs} ms (${lastProblem})`);
      }
      log.info({ attempt, code }, 'waiting for Neo4j');
      await new Promise((r) => setTimeout(r, Math.min(250 * attempt, 2000, Math.max(0, deadline - Date.now()))));
    }
  }
}

class AttemptExpired extends Error {}

/** The attempt's own outcome, or a rejection once `ms` have passed (the attempt is then ignored). */
function withinTime<T>(attempt: Promise<T>, ms: number): Promise<T> {
  if (!Number.isFinite(ms)) return attempt;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptExpired('no answer in time')), Math.max(0, ms));
  });
  attempt.catch(() => undefined);
  return Promise.race([attempt, expired]).finally(() => clearTimeout(timer));
}
