import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Logger } from '../logger';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
  connectionTimeoutMs: number;
  /** How long the driver keeps retrying a transaction that failed for a transient reason. */
  retryTimeMs: number;
  /** Server-side limit on each read or write statement: nothing runs on after its request is gone. */
  statementTimeoutMs: number;
}

/**
 * The database could not be reached (down, restarting, unreachable). Requests fail fast with
 * this instead of waiting out the driver's default 30-second retry window.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A statement ran past its time limit and the server stopped it. */
export class DatabaseTimeoutError extends Error {
  override name = 'DatabaseTimeoutError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Rethrows a driver error as the service's own kind where one applies. */
export function translateDriverError(err: unknown): never {
  const code = (err as { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) throw new DatabaseUnavailableError((err as Error).message, { cause: err });
  if (code?.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    throw new DatabaseTimeoutError((err as Error).message, { cause: err });
  }
  throw err;
}

/**
 * The database handle the rest of the service uses. Every call names the database and whether
 * it reads or writes, so that a cluster routes reads to secondaries.
 */
export interface Database {
  driver: Driver;
  database: string;
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<T>>;
  write<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<T>>;
  close(): Promise<void>;
}

export function createDatabase(target: Neo4jTarget, log: Logger): Database {
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
  const run = (routing: 'READ' | 'WRITE') => (cypher: string, params: Record<string, unknown> = {}) =>
    driver
      .executeQuery(cypher, params, {
        database: target.database,
        routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig: { timeout: target.statementTimeoutMs },
      })
      .catch(translateDriverError);
  return {
    driver,
    database: target.database,
    read: run('READ') as Database['read'],
    write: run('WRITE') as Database['write'],
    close: () => driver.close(),
  };
}

/** Waits until the server answers, retrying for a bounded time (a fresh server may still be starting). */
export async function waitForDatabase(db: Database, timeoutMs: number, log: Logger): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      // Wrong credentials or an unknown database will not fix themselves: fail at once.
      if (code.startsWith('Neo.ClientError.Security') || code.startsWith('Neo.ClientError.Database')) {
        throw err;
      }
      if (Date.now() > deadline) {
        throw new Error(`Neo4j did not answer within ${timeoutMs} ms: ${(err as Error).message}`);
      }
      log.info({ attempt }, 'waiting for Neo4j');
      await new Promise((r) => setTimeout(r, Math.min(250 * attempt, 2000)));
    }
  }
}
