import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { neo4jGraphqlRecords, neo4jGraphqlRequest } from './neo4jGraphql/operations';
import { serviceShapedRecords, type Json } from './records';
import type { Peer } from './servers';

/** The canonical operations of examples/operations/ every server can answer. */
const ALL_OPERATIONS = ['CompetitionResults', 'AwardsWon', 'Search', 'EntityPage'] as const;
export type OperationName = (typeof ALL_OPERATIONS)[number];

/**
 * The operations the benchmark runs. Search is left out for now: the service's search became one
 * statement that ranks by tiers of how the query matches (exact name, name without edition,
 * phrase, share of characters covered), which the peers would have to re-implement before their
 * records could match; their code for it is kept, to be brought up to date.
 */
export const OPERATIONS: readonly OperationName[] = ALL_OPERATIONS.filter((name) => name !== 'Search');
export type Variables = Record<string, unknown>;

const EXAMPLES = path.join(PROJECT_ROOT, 'examples', 'operations');

export function canonicalDocument(name: OperationName): string {
  return fs.readFileSync(path.join(EXAMPLES, `${name}.graphql`), 'utf8');
}

export function exampleVariables(name: OperationName): Variables {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.variables.json`), 'utf8')) as Variables;
}

/** Where a request goes and what it carries, for one server. */
export interface PeerRequest {
  /** Relative to the server's URL. */
  path: string;
  body: string;
}

/**
 * The request that asks `peer` for operation `name` with `variables`: the canonical document as
 * it is for the service and the hand-written Apollo server (both serve the service's schema),
 * the operation's name and variables for the raw server, and the document adapted to its own
 * schema for @neo4j/graphql.
 */
export function peerRequest(peer: Peer, name: OperationName, variables: Variables): PeerRequest {
  switch (peer) {
    case 'service':
    case 'handwritten':
      return { path: '', body: JSON.stringify({ operationName: name, query: canonicalDocument(name), variables }) };
    case 'raw':
      return { path: '', body: JSON.stringify({ operation: name, variables }) };
    case 'neo4jGraphql':
      return { path: '', body: JSON.stringify(neo4jGraphqlRequest(name, variables)) };
  }
}

/**
 * The records an answer holds, in one shape for all servers (see records.ts), or an error
 * message when the answer holds errors or no data.
 */
export function peerRecords(peer: Peer, name: OperationName, variables: Variables, answer: Json): Json {
  const body = answer as { data?: Record<string, Json> | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`errors: ${JSON.stringify(body.errors ?? 'no data').slice(0, 300)}`);
  return peer === 'neo4jGraphql' ? neo4jGraphqlRecords(name, variables, body.data) : serviceShapedRecords(name, body.data);
}

/** Fields a peer does not serve for an operation, left out of its comparison (documented in docs/benchmarks.md). */
export const UNSERVED: Partial<Record<Peer, Partial<Record<OperationName, string[]>>>> = {
  // @neo4j/graphql has no place for the service's JavaScript snippet and match logic.
  neo4jGraphql: { Search: ['matchedField', 'snippet'] },
};
