import type { TypedDocumentString } from '../gql/graphql';

/** Where the API lives: the same origin by default, another one when VITE_GRAPHQL_URL says so. */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

/**
 * A GraphQL or HTTP failure, with the server's stable error code when it gave one, and the
 * details it listed (`extensions.problems`, e.g. every problem of a refused dataset).
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: unknown } }[];
}

/** What a call may add: an abort signal, and a bearer token (only the curators' import sends one). */
export interface CallOptions {
  signal?: AbortSignal;
  token?: string;
}

async function post<T>(body: unknown, { signal, token }: CallOptions): Promise<{ status: number; payload: GraphQLResponse<T> }> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal,
  });
  const payload = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as GraphQLResponse<T>;
  return { status: response.status, payload };
}

/**
 * Runs one of the explorer's typed operations. It names the document by its hash first (a trusted
 * document the server knows from the build's manifest); only a server that does not know the
 * hash is sent the document's text.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: AbortSignal | CallOptions = {},
): Promise<TResult> {
  const call: CallOptions = options instanceof AbortSignal ? { signal: options } : options;
  // The client preset writes the hash as `sha256:<hex>`; the persisted-query protocol (and
  // Apollo's check of a sent document against it) wants the bare hex digest.
  const hash = (document.__meta__?.hash as string | undefined)?.replace(/^sha256:/, '');
  const persisted = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
  let result = await post<TResult>(persisted ? { variables, extensions: persisted } : { query: document.toString(), variables }, call);
  if (persisted && result.payload.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    // The hash is of the manifest's compact text, not of this formatted one: send the text alone.
    result = await post<TResult>({ query: document.toString(), variables }, call);
  }
  const error = result.payload.errors?.[0];
  if (error) {
    const problems = error.extensions?.problems;
    const listed = Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
    throw new ApiError(error.message, error.extensions?.code, result.status, listed);
  }
  if (!result.payload.data) throw new ApiError(`No data (HTTP ${result.status})`, undefined, result.status);
  return result.payload.data;
}
