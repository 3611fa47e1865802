import type { Authentication } from '../auth';
import type { Executor } from '../neo4j/executor';
import type { RateLimiter } from './rateLimit';
import type { Logger } from '../logger';

/**
 * What every resolver receives. Every field is required, so a context built anywhere (the HTTP
 * server, a test) is complete and no resolver needs a fallback.
 */
export interface GraphQLContext {
  /** The executor for this request: its statements carry the request id. */
  db: Executor;
  log: Logger;
  /** Sent back in the `x-request-id` header and on masked errors, and logged with every error. */
  requestId: string;
  /** Who is calling; reads ignore it, mutations require an editor (see guards.ts). */
  auth: Authentication;
  /** Limits how many mutations one caller may make per minute. */
  mutationLimiter: RateLimiter;
}
