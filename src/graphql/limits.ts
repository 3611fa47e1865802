import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Static limits on what one request may ask for, checked while parsing and validating, so a
 * query over them is refused before any Cypher runs. The defaults leave every canonical
 * operation (examples/operations) at least five times below each limit; a test proves it by
 * running them under limits five times tighter.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 40,
  maxAliases: 20,
  maxTokens: 4000,
  maxDirectives: 20,
  maxCost: 30_000,
};

/** Apollo plugins, validation rules and parse options enforcing the limits. */
export function queryProtection(limits: QueryLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    // Armor's token plugin answers every syntax error with HTTP 500 (graphql-armor issues #571,
    // #751); graphql-js's own `maxTokens` parse option gives a 400 parse failure instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, exposeLimits: true },
    // "Did you mean …?" hints reveal the schema; production hides them.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: limits.maxTokens } };
}
