import type { PageInfo } from '../generated/graphql';

/**
 * Relay page information for a forward page (`first`/`after`). Items precede the page exactly
 * when it starts after a cursor, since a cursor names an item of the same order.
 */
export function pageInfoOf(edges: readonly { cursor: string }[], hasNextPage: boolean, after: unknown): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage: after !== null && after !== undefined,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
