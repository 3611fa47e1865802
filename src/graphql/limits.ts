import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { operationCost, type Cost } from './cost';

/**
 * Static limits on what one request may ask for, checked before any resolver runs, so a query
 * over them is refused before any Cypher runs. The defaults leave every canonical operation
 * (examples/operations) and the explorer's own operations at least five times below each limit;
 * a test proves it by running them under limits five times tighter.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Largest cost (cost.ts: about how many records the statements fetch) of one operation. */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 40,
  maxAliases: 20,
  maxTokens: 4000,
  maxDirectives: 20,
  maxCost: 150_000,
};

/** Code of every limit refusal, as graphql-js and Apollo give for a failed validation rule. */
const LIMIT_CODE = 'GRAPHQL_VALIDATION_FAILED';

export function costRefusal(cost: Cost, maxCost: number): GraphQLError {
  const limit = maxCost.toLocaleString('en-US');
  const over = cost.complete ? `is ${cost.total.toLocaleString('en-US')}, over the limit of ${limit}` : `is over the limit of ${limit}`;
  return new GraphQLError(
    `Query refused: its cost ${over}. The cost estimates the records it fetches: ` +
      'every list multiplies what it selects by its page size (first, maxNodes, …).',
    { extensions: { code: LIMIT_CODE, cost: cost.total, maxCost, http: { status: 400 } } },
  );
}

/**
 * Refuses an operation over the cost limit once Apollo has resolved it, before execution: the
 * cost depends on variables, which validation rules never see (Apollo caches their verdict per
 * document).
 */
function costLimit(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          if (!operation) return;
          const cost = operationCost(schema, document, {
            operationName: request.operationName,
            variables: request.variables,
            budget: maxCost,
          });
          if (cost && cost.total > maxCost) throw costRefusal(cost, maxCost);
        },
      };
    },
  };
}

/** Apollo plugins, validation rules and parse options enforcing the limits. */
export function queryProtection(limits: QueryLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    // Armor's token plugin answers every syntax error with HTTP 500 (graphql-armor issues #571,
    // #751); graphql-js's own `maxTokens` parse option gives a 400 parse failure instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // Armor's cost ignores page sizes and variables; costLimit below counts what is fetched.
    costLimit: { enabled: false },
    // "Did you mean …?" hints reveal the schema; production hides them.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, plugins: [...armor.plugins, costLimit(limits.maxCost)], parseOptions: { maxTokens: limits.maxTokens } };
}
