import neo4j, { type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
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
  /** How long the driver keeps retrying a transaction that failed for a transient reason. */
  retryTimeMs: number;
  /** Server-side limit on each transaction: nothing runs on after its request is gone. */
  statementTimeoutMs: number;
}

/**
 * The database could not be reached (down, restarting, unreachable). Requests fail fast with
 * this instead of waiting out the driver's default 30-second retry window.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A transaction ran past its time limit and the server stopped it. */
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

function translateDriverError(err: unknown): never {
  const code = (err as { code?: string }).code;
  const message = (err as Error).message;
  if (code && UNAVAILABLE_CODES.has(code)) throw new DatabaseUnavailableError(message, { cause: err });
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

/** What a request adds to the executor it uses: its id (sent as transaction metadata), its logger, an observer. */
export interface ExecutorScope {
  requestId?: string;
  log?: Logger;
  /** Sees every statement before it runs (tests count them this way). */
  onStatement?: (statement: Statement) => void;
  /** A deadline other than the configured one, for bulk work that is known to take longer. */
  timeoutMs?: number;
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
  /** The same connection pool, with a request's metadata, logger or observer. */
  scoped(scope: ExecutorScope): Executor;
  /** Throws the driver's own error when the server does not answer (its code tells why). */
  verifyConnectivity(): Promise<void>;
  close(): Promise<void>;
}

type AnyWork = Work<unknown> | string;

export function createExecutor(target: Neo4jTarget, log: Logger): Executor {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Integers come back as JS numbers; every count in this graph is far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: target.connectionTimeoutMs,
    connectionAcquisitionTimeout: target.connectionTimeoutMs,
    maxTransactionRetryTime: target.retryTimeMs,
    logging: {
      level: 'warn',
      logger: (level, message) => log.warn({ driverLevel: level }, message),
    },
  });
  // One bookmark manager for every session: a read sees the writes acknowledged before it, even in a cluster.
  const bookmarkManager = neo4j.bookmarkManager();

  const scopedExecutor = (scope: ExecutorScope): Executor => {
    const scopeLog = scope.log ?? log;
    const wrap = (tx: ManagedTransaction, mode: Statement['mode']): Transaction => ({
      async run<R extends RecordShape>(cypher: string, params: Params = {}) {
        scopeLog.debug({ cypher, parameters: Object.keys(params), mode, requestId: scope.requestId }, 'cypher');
        scope.onStatement?.({ cypher, params, mode });
        return tx.run<R>(cypher, params);
      },
    });

    const execute = async (mode: Statement['mode'], arg: AnyWork, params?: Params): Promise<unknown> => {
      const work: Work<unknown> = typeof arg === 'string' ? (tx) => tx.run(arg, params) : arg;
      const session = driver.session({
        database: target.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager,
      });
      const config = {
        timeout: scope.timeoutMs ?? target.statementTimeoutMs,
        metadata: { app: 'college-report-kg', ...(scope.requestId ? { requestId: scope.requestId } : {}) },
      };
      try {
        return mode === 'READ'
          ? await session.executeRead((tx) => work(wrap(tx, 'READ')), config)
          : await session.executeWrite((tx) => work(wrap(tx, 'WRITE')), config);
      } catch (err) {
        translateDriverError(err);
      } finally {
        // A failed close must not hide the error of the work itself.
        await session.close().catch((err: unknown) => scopeLog.warn({ err }, 'closing a Neo4j session failed'));
      }
    };

    return {
      database: target.database,
      read: ((arg: AnyWork, params?: Params) => execute('READ', arg, params)) as Executor['read'],
      write: ((arg: AnyWork, params?: Params) => execute('WRITE', arg, params)) as Executor['write'],
      scoped: (next) => scopedExecutor({ ...scope, ...next }),
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
