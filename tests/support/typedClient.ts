import fs from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';

/** The variables file of an example operation (examples/operations/<name>.variables.json). */
export function exampleVariables<TVariables = any>(name: string): TVariables {
  return JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'examples', 'operations', `${name}.variables.json`), 'utf8')) as TVariables;
}

/** Runs a typed document over HTTP, as a front end would; throws on any GraphQL error. */
export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
