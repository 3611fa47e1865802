import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import type { GraphQLContext } from './context';
import { ErrorCode } from './errors';
import { resolvers } from './resolvers';
import { DEFAULT_LIMITS, queryProtection, type QueryLimits } from './limits';
import { loadTypeDefs } from './schema';

/** Error codes that describe the client's request and are safe to show as they are. */
const CLIENT_CODES = new Set([
  ErrorCode.BAD_USER_INPUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createApolloServer(options: {
  production: boolean;
  log: Logger;
  limits?: QueryLimits;
}): ApolloServer<GraphQLContext> {
  const { production, log } = options;
  const protection = queryProtection(options.limits ?? DEFAULT_LIMITS, production);
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    ...protection,
    introspection: true,
    // Shutdown is ordered by the composition root (HTTP, Apollo, driver, Neo4j), not by Apollo.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      ...protection.plugins,
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
    // Anything that is not the client's fault is logged in full and masked: no driver
    // messages, Cypher or addresses reach a client.
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
      log.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error while resolving');
      return {
        message: 'Internal server error',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    },
  });
}
