import { useCallback, useEffect, useState } from 'react';
import { execute } from '../api/client';
import type { AwardFilter, AwardOrder } from '../gql/graphql';
import { ExplorerAwards, type AwardPage, type AwardRow } from '../pages/awardsQuery';

const PAGE_SIZE = 20;

interface Pages {
  key: string;
  rows: AwardRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/**
 * The awards of one filter and order, page by page (keyset cursors): the first page loads when
 * the filter changes (aborting the previous filter's request), `loadMore` appends the next.
 */
export function useAwardPages(filter: AwardFilter | undefined, orderBy: AwardOrder) {
  const key = JSON.stringify({ filter, orderBy });
  const [pages, setPages] = useState<Pages>();
  const [error, setError] = useState<{ key: string; error: Error }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const { filter: f, orderBy: o } = JSON.parse(key) as { filter?: AwardFilter; orderBy: AwardOrder };
    execute(ExplorerAwards, { filter: f, orderBy: o, first: PAGE_SIZE }, controller.signal).then(
      ({ awards }) => setPages(toPages(key, [], awards)),
      (e: unknown) => {
        if (!controller.signal.aborted) setError({ key, error: e instanceof Error ? e : new Error(String(e)) });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const current = pages?.key === key ? pages : undefined;
  const loadMore = useCallback(async () => {
    if (!current?.hasNextPage || !current.endCursor) return;
    setLoadingMore(true);
    try {
      const { awards } = await execute(ExplorerAwards, { filter, orderBy, first: PAGE_SIZE, after: current.endCursor });
      setPages((previous) => (previous?.key === key ? toPages(key, previous.rows, awards) : previous));
    } catch (e) {
      setError({ key, error: e instanceof Error ? e : new Error(String(e)) });
    } finally {
      setLoadingMore(false);
    }
  }, [current, filter, orderBy, key]);

  return {
    pages: current,
    // The previous filter's rows, shown dimmed while the new ones load (no flash of an empty table).
    stalePages: current ? undefined : pages,
    error: error?.key === key ? error.error : undefined,
    loadingMore,
    loadMore,
    reload: () => {
      setError(undefined);
      setAttempt((n) => n + 1);
    },
  };
}

function toPages(key: string, previous: AwardRow[], page: AwardPage): Pages {
  return {
    key,
    rows: [...previous, ...page.edges.map((e) => e.node)],
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
  };
}

/** Every award of a filter, following cursors 100 at a time (for the CSV export). */
export async function fetchAllAwards(filter: AwardFilter | undefined, orderBy: AwardOrder): Promise<AwardRow[]> {
  const rows: AwardRow[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { awards } = await execute(ExplorerAwards, { filter, orderBy, first: 100, after });
    rows.push(...awards.edges.map((e) => e.node));
    if (!awards.pageInfo.hasNextPage || !awards.pageInfo.endCursor) return rows;
    after = awards.pageInfo.endCursor;
  }
}
