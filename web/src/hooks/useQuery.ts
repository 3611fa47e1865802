import { useCallback, useEffect, useState } from 'react';
import { execute } from '../api/client';
import type { TypedDocumentString } from '../gql/graphql';

export interface QueryState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs a typed operation whenever its variables change (compared as JSON), aborting the
 * request of the previous variables so a slow stale answer can never overwrite a newer one.
 * `variables: null` skips the request.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): QueryState<TResult> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<{ key: string | null; data?: TResult; error?: Error }>({ key: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    execute(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ key, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && (!current || (state.data === undefined && state.error === undefined)),
    reload,
  };
}
