import type { GraphQLContext } from '../../src/graphql/context';
import { RateLimiter } from '../../src/graphql/rateLimit';
import type { Executor } from '../../src/neo4j/executor';
import { quietLog } from './testEnv';

/** A complete resolver context for operations run through Apollo directly: anonymous, quiet, unlimited. */
export function testContext(db: Executor, overrides: Partial<GraphQLContext> = {}): GraphQLContext {
  const requestId = overrides.requestId ?? 'test-request';
  return {
    db: db.scoped({ requestId }),
    log: quietLog,
    requestId,
    auth: { kind: 'anonymous' },
    mutationLimiter: new RateLimiter(Number.MAX_SAFE_INTEGER),
    ...overrides,
  };
}
