import { progress } from '../faults/report';
import { compareRecords, OPERATIONS, peerRecords, peerRequest, type OperationName, type Variables } from './operations';
import type { Json } from './records';
import { PEER_LABELS, type RunningServer } from './servers';

/**
 * Before anything is measured: every server answers every variable set of every operation, and
 * its records equal the service's (the reference). A server that answers differently would be
 * measured doing other work, so any mismatch fails the run.
 */

export interface CheckResult {
  operation: OperationName;
  sets: number;
  /** Per peer: how many sets matched the service's records. */
  matched: Record<string, number>;
  mismatches: string[];
  /** Per peer that ranks search hits its own way: the service's hits it also returned, of how many. */
  sharedHits: Record<string, [number, number]>;
}

async function ask(server: RunningServer, name: OperationName, variables: Variables): Promise<Json> {
  const request = peerRequest(server.peer, name, variables);
  const response = await fetch(new URL(request.path, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  return peerRecords(server.peer, name, variables, JSON.parse(text) as Json);
}

/**
 * One request per server and operation before the check, retried: a server's first queries
 * (cold plan cache, JIT, a busy machine) may outlast the service's 10-second deadline, which is
 * not a difference in records.
 */
export async function primeServers(
  servers: RunningServer[],
  variableSets: Record<OperationName, Variables[]>,
  operations: readonly OperationName[] = OPERATIONS,
): Promise<void> {
  for (const operation of operations) {
    for (const server of servers) {
      for (let attempt = 1; ; attempt++) {
        try {
          await ask(server, operation, variableSets[operation][0]!);
          break;
        } catch (err) {
          if (attempt === 3) throw new Error(`${PEER_LABELS[server.peer]} does not answer ${operation}: ${(err as Error).message}`);
          progress(`  ${PEER_LABELS[server.peer]}, ${operation}: first answer failed (${(err as Error).message.slice(0, 120)}); again`);
        }
      }
    }
  }
}

export async function checkRecords(
  servers: RunningServer[],
  variableSets: Record<OperationName, Variables[]>,
  operations: readonly OperationName[] = OPERATIONS,
): Promise<CheckResult[]> {
  const reference = servers.find((s) => s.peer === 'service');
  if (!reference) throw new Error('the check compares with the service, which is not among the servers');
  const results: CheckResult[] = [];
  for (const operation of operations) {
    const sets = variableSets[operation];
    const result: CheckResult = { operation, sets: sets.length, matched: {}, mismatches: [], sharedHits: {} };
    for (const server of servers) result.matched[server.peer] = 0;
    for (const variables of sets) {
      // All servers at once: the answers do not depend on each other, and the check takes a third of the time.
      const answers = await Promise.all(
        servers.map((server) =>
          ask(server, operation, variables).then(
            (records) => ({ records, error: undefined }),
            (err: unknown) => ({ records: undefined, error: (err as Error).message }),
          ),
        ),
      );
      const expected = answers[servers.indexOf(reference)]!;
      if (expected.error !== undefined) {
        result.mismatches.push(`${operation} ${JSON.stringify(variables)}: ${PEER_LABELS.service}: ${expected.error}`);
        continue;
      }
      result.matched.service! += 1;
      servers.forEach((server, i) => {
        if (server === reference) return;
        const answer = answers[i]!;
        const comparison =
          answer.error === undefined ? compareRecords(server.peer, operation, expected.records, answer.records) : undefined;
        const problem = answer.error ?? comparison?.problem;
        if (comparison?.sharedHits) {
          const [shared, of] = result.sharedHits[server.peer] ?? [0, 0];
          result.sharedHits[server.peer] = [shared + comparison.sharedHits[0], of + comparison.sharedHits[1]];
        }
        if (problem) result.mismatches.push(`${operation} ${JSON.stringify(variables)}: ${PEER_LABELS[server.peer]}: ${problem}`);
        else result.matched[server.peer]! += 1;
      });
    }
    const shared = (peer: string) => {
      const hits = result.sharedHits[peer];
      return hits ? ` (${hits[0]} of the service's ${hits[1]} hits)` : '';
    };
    const summary = servers.map((s) => `${PEER_LABELS[s.peer]} ${result.matched[s.peer]}/${sets.length}${shared(s.peer)}`).join(', ');
    progress(`check ${operation}: ${summary}${result.mismatches.length ? ` — ${result.mismatches.length} MISMATCHES` : ''}`);
    for (const mismatch of result.mismatches) progress(`  MISMATCH ${mismatch}`);
    results.push(result);
  }
  return results;
}
