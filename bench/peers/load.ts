import autocannon from 'autocannon';
import { progress } from '../faults/report';
import { peerRequest, type OperationName, type Variables } from './operations';
import { cpuMillis, memoryMb } from './processes';
import { PEER_LABELS, type Peer, type RunningServer } from './servers';

/** One autocannon run of one server on one operation. */
export interface Run {
  peer: Peer;
  operation: OperationName;
  concurrency: number;
  round: number;
  seconds: number;
  /** Answers with HTTP 200 and no GraphQL error. */
  good: number;
  /** Connection errors and time-outs, non-2xx answers, answers holding errors. */
  errors: number;
  /** Milliseconds from sending a request to its answer, every answer. */
  latencies: number[];
  responseBytes: number;
  serverCpuMs: number;
  /** Undefined when the bench did not start Neo4j (NEO4J_URI) and cannot read its process. */
  neo4jCpuMs: number | undefined;
  rssMb: number;
  /** The server's highest resident memory since it started (VmHWM). */
  peakMb: number;
}

/** The request bodies a server cycles through: one per variable set, in order. */
export function requestsFor(server: RunningServer, operation: OperationName, sets: Variables[]): autocannon.Request[] {
  const base = new URL(server.url);
  return sets.map((variables) => {
    const request = peerRequest(server.peer, operation, variables);
    return { method: 'POST', path: new URL(request.path, base).pathname, body: request.body };
  });
}

/**
 * Loads one server for `seconds` with `concurrency` connections, each cycling through the
 * variable sets; reads the server's and Neo4j's CPU time around the run and its memory after.
 */
export function loadRun(
  server: RunningServer,
  operation: OperationName,
  requests: autocannon.Request[],
  concurrency: number,
  seconds: number,
  jvmPid: number | undefined,
): Promise<Omit<Run, 'round'>> {
  const latencies: number[] = [];
  let responseBytes = 0;
  let non200 = 0;
  // Connections start at evenly spaced variable sets, so that a short run of a slow server covers the same mix as a fast one.
  let clients = 0;
  const setupClient = (client: autocannon.Client) => {
    const offset = Math.floor((clients++ * requests.length) / concurrency) % requests.length;
    client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
  };
  const cpuBefore = cpuMillis(server.process.pid);
  const neo4jBefore = jvmPid === undefined ? undefined : cpuMillis(jvmPid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: concurrency,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests,
        setupClient,
        // A server answering errors fast must not look fast: such answers count as errors.
        verifyBody: (body) => !String(body).includes('"errors"'),
        timeout: 30,
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        const answered = latencies.length;
        const errors = result.errors + non200 + result.mismatches;
        const memory = memoryMb(server.process.pid);
        resolve({
          peer: server.peer,
          operation,
          concurrency,
          seconds: result.duration,
          good: Math.max(0, answered - non200 - result.mismatches),
          errors,
          latencies,
          responseBytes: answered === 0 ? 0 : responseBytes / answered,
          serverCpuMs: cpuMillis(server.process.pid) - cpuBefore,
          neo4jCpuMs: jvmPid === undefined ? undefined : cpuMillis(jvmPid) - neo4jBefore!,
          rssMb: memory.rss,
          peakMb: memory.peak,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
      latencies.push(responseTime);
      responseBytes += resBytes;
      if (statusCode !== 200) non200 += 1;
    });
  });
}

export interface LoadPlan {
  servers: RunningServer[];
  operations: readonly OperationName[];
  variableSets: Record<OperationName, Variables[]>;
  concurrency: number[];
  rounds: number;
  seconds: number;
  warmUpSeconds: number;
  jvmPid: number | undefined;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Warm-up (discarded) for every server and operation, then interleaved rounds: within a round
 * and concurrency, each operation runs on every server in turn, so that drift on a shared
 * machine touches all servers alike.
 */
export async function runLoad(plan: LoadPlan): Promise<Run[]> {
  const requests = new Map(
    plan.servers.flatMap((server) =>
      plan.operations.map(
        (operation) => [`${server.peer}/${operation}`, requestsFor(server, operation, plan.variableSets[operation])] as const,
      ),
    ),
  );
  const total = plan.rounds * plan.concurrency.length * plan.operations.length * plan.servers.length;
  if (plan.warmUpSeconds > 0) {
    for (const operation of plan.operations) {
      for (const server of plan.servers) {
        progress(`warm-up ${operation}: ${PEER_LABELS[server.peer]} (${plan.warmUpSeconds} s, discarded)`);
        const warm = await loadRun(
          server,
          operation,
          requests.get(`${server.peer}/${operation}`)!,
          Math.max(...plan.concurrency),
          plan.warmUpSeconds,
          plan.jvmPid,
        );
        if (warm.errors > 0) progress(`  ${warm.errors} errors during the warm-up`);
      }
    }
  }
  const runs: Run[] = [];
  for (let round = 1; round <= plan.rounds; round++) {
    for (const concurrency of plan.concurrency) {
      for (const operation of plan.operations) {
        for (const server of plan.servers) {
          const run = await loadRun(
            server,
            operation,
            requests.get(`${server.peer}/${operation}`)!,
            concurrency,
            plan.seconds,
            plan.jvmPid,
          );
          runs.push({ ...run, round });
          const sorted = [...run.latencies].sort((a, b) => a - b);
          progress(
            `[${runs.length}/${total}] round ${round}, ${concurrency} connections, ${operation}, ${PEER_LABELS[server.peer]}: ` +
              `${(run.good / run.seconds).toFixed(0)} req/s, p99 ${percentile(sorted, 99).toFixed(1)} ms` +
              (run.errors > 0 ? `, ${run.errors} ERRORS` : ''),
          );
        }
      }
    }
  }
  return runs;
}

/** The figures of one server, operation and concurrency over all its rounds. */
export interface Summary {
  peer: Peer;
  operation: OperationName;
  concurrency: number;
  requestsPerSecond: number;
  /** req/s of each round, for the spread. */
  perRound: number[];
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  good: number;
  serverCpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number | undefined;
  rssMb: number;
  peakMb: number;
  responseBytes: number;
}

export function summarise(runs: Run[]): Summary[] {
  const groups = new Map<string, Run[]>();
  for (const run of runs) {
    const key = `${run.peer}/${run.operation}/${run.concurrency}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const good = group.reduce((sum, r) => sum + r.good, 0);
    const seconds = group.reduce((sum, r) => sum + r.seconds, 0);
    const sorted = group.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const neo4j = group.every((r) => r.neo4jCpuMs !== undefined) ? group.reduce((sum, r) => sum + r.neo4jCpuMs!, 0) : undefined;
    return {
      peer: first.peer,
      operation: first.operation,
      concurrency: first.concurrency,
      requestsPerSecond: good / seconds,
      perRound: group.map((r) => r.good / r.seconds),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errors: group.reduce((sum, r) => sum + r.errors, 0),
      good,
      serverCpuMsPerRequest: group.reduce((sum, r) => sum + r.serverCpuMs, 0) / good,
      neo4jCpuMsPerRequest: neo4j === undefined ? undefined : neo4j / good,
      rssMb: group.at(-1)!.rssMb,
      peakMb: Math.max(...group.map((r) => r.peakMb)),
      responseBytes: group.reduce((sum, r) => sum + r.responseBytes, 0) / group.length,
    };
  });
}
