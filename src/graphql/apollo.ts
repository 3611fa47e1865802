import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import type { Logger } from '../logger';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../neo4j/executor';
import type { GraphQLContext } from './context';
import { ErrorCode } from './errors';
import { DEFAULT_LIMITS, queryProtection, type QueryLimits } from './limits';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { NOT_TRUSTED_CODE, persistedQueryCache, type TrustedDocuments } from './trustedDocuments';

/** Error codes that describe the client's request and are safe to show as they are. */
const CLIENT_CODES = new Set<unknown>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  ErrorCode.TOO_MANY_REQUESTS,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  NOT_TRUSTED_CODE,
]);

/**
 * Logs every error that is not the client's fault in full, with the request id, and gives the
 * response the right status: 503 when the database is unavailable.
 */
const errorPlugin = (log: Logger): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (CLIENT_CODES.has(error.extensions?.code)) continue;
          const cause = unwrapResolverError(error);
          // An outage or a deadline is not a bug in the service.
          const level = cause instanceof DatabaseUnavailableError || cause instanceof DatabaseTimeoutError ? 'warn' : 'error';
          log[level]({ err: cause, path: error.path, requestId: contextValue?.requestId }, 'request failed');
        }
      },
      async willSendResponse({ response, contextValue, operation }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors ?? [];
        for (const error of errors) {
          if (!CLIENT_CODES.has(error.extensions?.code)) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
        if (errors.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '2');
        } else if (
          errors.some((e) => e.extensions?.code === ErrorCode.TIMEOUT) &&
          !committedSomething(operation, response.body.singleResult.data)
        ) {
          response.http.status = 504;
        }
      },
    };
  },
});

/**
 * A mutation whose first fields committed before the deadline stopped a later one: its answer
 * (HTTP 200, the committed results, TIMEOUT on the rest) must not read as "nothing happened".
 */
function committedSomething(operation: OperationDefinitionNode | undefined, data: Record<string, unknown> | null | undefined): boolean {
  return operation?.operation === 'mutation' && Object.values(data ?? {}).some((value) => value !== null && value !== undefined);
}

/** Values longer than this are cut where a message quotes them back. */
const MAX_ECHOED_VALUE = 60;

/**
 * A client error's message as the client sees it. GraphQL Armor and graphql-js label limit
 * refusals "Syntax Error", which they are not (graphql-js even writes "more that"); graphql-js
 * also quotes invalid values back whole, however long.
 */
export function clientMessage(message: string): string {
  return message
    .replace(/^Syntax Error: (.* limit of \d+ exceeded)/, 'Query refused: $1')
    .replace(/^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\./, 'Query refused: it has more than $1 tokens.')
    .replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, value: string) =>
      value.length > MAX_ECHOED_VALUE ? `"${value.slice(0, MAX_ECHOED_VALUE)}…" (${value.length} characters)` : quoted,
    );
}

export function createApolloServer(options: {
  production: boolean;
  log: Logger;
  limits?: QueryLimits;
  introspection?: boolean;
  /** Documents the server knows by hash; with `only`, the only ones it runs. */
  trustedDocuments?: { documents: TrustedDocuments; only: boolean };
}): ApolloServer<GraphQLContext> {
  const { production, log } = options;
  const trusted = options.trustedDocuments ?? { documents: new Map(), only: false };
  const protection = queryProtection(options.limits ?? DEFAULT_LIMITS, production);
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    ...protection,
    introspection: options.introspection ?? !production,
    // Shutdown is ordered by the composition root (HTTP, Apollo, driver, Neo4j), not by Apollo.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    persistedQueries: { cache: persistedQueryCache(trusted.documents, trusted.only) },
    plugins: [
      ...protection.plugins,
      errorPlugin(log),
      // Browsers are sent to the bundled console (/graphiql) by the HTTP layer; Apollo's own
      // landing page loads its code from a CDN and shows nothing offline.
      ApolloServerPluginLandingPageDisabled(),
      // The API sets no cache hints (every answer is `no-store`), and Apollo's default cache
      // control plugin wraps every field's resolver to compute them: 5–7 % of the Node CPU of a
      // nested list read (CPU profile of AwardsWon, docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Clients see their own mistakes as they are; anything else is masked (no driver messages,
    // Cypher, addresses or stack traces) and logged in full by errorPlugin.
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      if (CLIENT_CODES.has(formatted.extensions?.code)) return { ...formatted, message: clientMessage(formatted.message) };
      const cause = unwrapResolverError(error);
      const [code, message] =
        cause instanceof DatabaseUnavailableError
          ? [ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable; try again shortly.']
          : cause instanceof DatabaseTimeoutError
            ? [ErrorCode.TIMEOUT, 'The query took longer than this server allows.']
            : [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'];
      return { message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
    },
  });
}
