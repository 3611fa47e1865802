import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { neo4jGraphqlRecords, neo4jGraphqlRequest } from './neo4jGraphql/operations';
import { byId, firstDifference, serviceShapedRecords, type Json } from './records';
import type { Peer } from './servers';

/** The canonical operations of examples/operations/ every server answers, and the benchmark runs. */
export const OPERATIONS = ['CompetitionResults', 'AwardsWon', 'Search', 'EntityPage'] as const;
export type OperationName = (typeof OPERATIONS)[number];
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

/** How a peer's records compared with the service's for one variable set. */
export interface Comparison {
  /** Where they differ, or undefined when they agree on everything compared. */
  problem: string | undefined;
  /** For a peer that ranks differently: how many of the service's hits it also returned, of how many. */
  sharedHits?: [number, number];
}

type Hit = { entity: { id: string } } & Record<string, unknown>;

/**
 * Compares a peer's records with the service's. Every peer must give the same records, with one
 * exception: @neo4j/graphql's search. The library can run a full-text query (it gets the Lucene
 * query the service builds, on the service's index) and sort by Lucene's score, but not the
 * service's ranking (tiers of how the query matches, computed in Cypher over the candidates) nor
 * its `matchedField` and `snippet` (computed in JavaScript). So for it the check requires the
 * same number of hits and, for every entity both return, the same kind and fields; the order,
 * the scores and which entities make the first ten are not compared, and how many of the
 * service's hits it returned is reported beside the check.
 */
export function compareRecords(peer: Peer, name: OperationName, expected: Json, actual: Json): Comparison {
  if (peer !== 'neo4jGraphql' || name !== 'Search') return { problem: firstDifference(expected, actual) };
  const service = expected as Hit[];
  const peerHits = actual as Hit[];
  if (service.length !== peerHits.length)
    return { problem: `$: ${service.length} hits from the service, ${peerHits.length} from the peer` };
  const theirs = new Map(peerHits.map((hit) => [hit.entity.id, hit]));
  const shared = service.filter((hit) => theirs.has(hit.entity.id));
  const comparable = (hit: Hit) => ({ id: hit.entity.id, kind: hit.kind, entity: hit.entity });
  return {
    problem: firstDifference(byId(shared.map(comparable)), byId(shared.map((hit) => comparable(theirs.get(hit.entity.id)!)))),
    sharedHits: [shared.length, service.length],
  };
}
