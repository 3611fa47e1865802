import fs from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { startApp, type RunningApp } from '../../src/app';
import type { Logger } from '../../src/logger';
import { PROJECT_ROOT } from '../../src/config';
import { clearGraph, openTestDatabase, quietLog, testConfig } from './testEnv';

/**
 * The one way tests start the service and talk to it: over HTTP, as a client would, with
 * typed documents where the operation is one of the canonical ones.
 */

export interface GraphQLResponse<TData = Record<string, any>> {
  status: number;
  body: { data?: TData; errors?: { message: string; extensions?: Record<string, any> }[] };
}

/** Posts an operation; `token` goes in the Authorization header. */
export async function postGraphQL<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** The variables file of an example operation (examples/operations/<name>.variables.json). */
export function exampleVariables<TVariables = any>(name: string): TVariables {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'operations', `${name}.variables.json`), 'utf8')) as TVariables;
}

/** Runs a typed document, as a front end would; throws on any GraphQL error. */
export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const { body } = await postGraphQL<TResult>(url, print(document), variables as Record<string, unknown>);
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface TestApp extends RunningApp {
  post<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<TData>>;
  execute<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult>;
}

/**
 * The service as a user starts it, with the test configuration plus `env`. By default on an
 * emptied database, so that it seeds itself; `{ keepGraph: true }` starts on the graph as it is.
 * `log` replaces the silent logger (e.g. to read the statements a request ran).
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { keepGraph?: boolean; log?: Logger } = {},
): Promise<TestApp> {
  if (!options.keepGraph) {
    const db = await openTestDatabase();
    await clearGraph(db);
    await db.close();
  }
  const app = await startApp(testConfig(env), options.log ?? quietLog);
  return {
    ...app,
    post: (query, variables, token) => postGraphQL(app.url, query, variables, token),
    execute: (document, variables) => execute(app.url, document, variables),
  };
}
