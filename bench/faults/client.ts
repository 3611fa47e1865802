import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../../src/config';
import { sleep } from './cleanup';

/** One answer (or its absence) as the client saw it; times are performance.now(). */
export interface Answer {
  operation: string;
  startedAt: number;
  doneAt: number;
  ms: number;
  /** 0 when no HTTP answer came (connection error or the client's own time-out). */
  status: number;
  retryAfter: string | undefined;
  /** `extensions.code` of every GraphQL error in the body. */
  codes: string[];
  /** 200 with data and no error. */
  ok: boolean;
  transportError?: string;
  /** Time to the TCP connection when this request opened a new one (undefined on a reused one). */
  connectMs?: number;
  /** Time to the response headers. */
  headersMs?: number;
}

/** A canonical operation of examples/operations as a ready request body. */
export interface Operation {
  name: string;
  body: string;
}

/** Every query of examples/operations with its variables file (mutations left out: they need a token). */
export function loadOperations(): Operation[] {
  const dir = path.join(PROJECT_ROOT, 'examples', 'operations');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(dir, file), 'utf8');
      const variablesFile = path.join(dir, file.replace(/\.graphql$/, '.variables.json'));
      const variables = fs.existsSync(variablesFile) ? (JSON.parse(fs.readFileSync(variablesFile, 'utf8')) as unknown) : {};
      return { name: file.replace(/\.graphql$/, ''), query, body: JSON.stringify({ query, variables }) };
    })
    .filter((operation) => !/^\s*mutation\b/m.test(operation.query))
    .map(({ name, body }) => ({ name, body }));
}

/** The GraphQL error codes of a body; parsing only bodies that hold errors keeps the client cheap. */
function errorCodes(body: string): string[] | undefined {
  if (!body.includes('"errors"')) return [];
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return (parsed.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
  } catch {
    return undefined;
  }
}

/** A keep-alive HTTP client for one service (node:http, no dependency). */
export class Client {
  private readonly agent: http.Agent;
  private readonly origin: URL;

  constructor(url: string, connections: number) {
    this.origin = new URL(url);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  post(operation: string, body: string, timeoutMs: number): Promise<Answer> {
    return this.request('POST', this.origin.pathname, operation, body, timeoutMs);
  }

  get(pathname: string, timeoutMs: number): Promise<Answer> {
    return this.request('GET', pathname, pathname, undefined, timeoutMs);
  }

  close(): void {
    this.agent.destroy();
  }

  private request(method: string, pathname: string, operation: string, body: string | undefined, timeoutMs: number): Promise<Answer> {
    return new Promise((resolve) => {
      const startedAt = performance.now();
      let connectMs: number | undefined;
      let headersMs: number | undefined;
      let settled = false;
      const finish = (answer: Omit<Answer, 'operation' | 'startedAt' | 'doneAt' | 'ms'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const doneAt = performance.now();
        resolve({ operation, startedAt, doneAt, ms: doneAt - startedAt, connectMs, headersMs, ...answer });
      };
      const failed = (reason: string) => finish({ status: 0, retryAfter: undefined, codes: [], ok: false, transportError: reason });
      const req = http.request(
        {
          host: this.origin.hostname,
          port: this.origin.port,
          path: pathname,
          method,
          agent: this.agent,
          headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          headersMs = performance.now() - startedAt;
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (err) => failed((err as NodeJS.ErrnoException).code ?? err.message));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const codes = errorCodes(text);
            const status = res.statusCode ?? 0;
            finish({
              status,
              retryAfter: res.headers['retry-after'],
              codes: codes ?? ['UNPARSABLE_BODY'],
              ok: status === 200 && codes !== undefined && codes.length === 0,
            });
          });
        },
      );
      const timer = setTimeout(() => {
        failed(`no answer within ${timeoutMs} ms`);
        req.destroy();
      }, timeoutMs);
      req.on('error', (err) => failed((err as NodeJS.ErrnoException).code ?? err.message));
      req.once('socket', (socket) => {
        if (socket.connecting) socket.once('connect', () => (connectMs = performance.now() - startedAt));
      });
      req.end(body);
    });
  }
}

/**
 * Sends a request every `intervalMs` without waiting for earlier ones (at most `maxInFlight` at
 * once), so that the moment the service answers again is seen within one interval even while
 * earlier requests are still waiting on a dead database; bounded, so that the probe itself does
 * not load a database that is still warming up.
 */
export function startProbe(send: () => Promise<Answer>, intervalMs = 200, maxInFlight = 4) {
  const answers: Answer[] = [];
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      if (inFlight.size < maxInFlight) {
        const sent: Promise<void> = send().then((answer) => {
          answers.push(answer);
          inFlight.delete(sent);
        });
        inFlight.add(sent);
      }
      await sleep(intervalMs);
    }
  })();
  return {
    answers,
    /** The first successful answer to a request sent at or after `since`, waiting up to `timeoutMs`. */
    async firstSuccessSince(since: number, timeoutMs: number): Promise<Answer | undefined> {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const found = firstSuccess(answers, since);
        if (found || performance.now() > deadline) return found;
        await sleep(20);
      }
    },
    async stop(): Promise<void> {
      stopped = true;
      await loop;
      await Promise.all(inFlight);
    },
  };
}

/** The earliest successful answer among requests sent at or after `since`. */
export function firstSuccess(answers: Answer[], since: number): Answer | undefined {
  let best: Answer | undefined;
  for (const answer of answers) {
    if (answer.ok && answer.startedAt >= since && (!best || answer.doneAt < best.doneAt)) best = answer;
  }
  return best;
}

/**
 * `connections` clients, each sending the operations in turn (starting at a different one) and
 * the next request as soon as it has the answer, until `stop()` or `durationMs`. By default it
 * ignores Retry-After: the harshest steady load those connections can make. With
 * `honourRetryAfter`, a refused client waits as told, as a well-behaved client would (so that an
 * outage does not turn the load into a busy loop that starves the database's restart of CPU).
 * A client whose connection fails waits 100 ms before trying again, for the same reason.
 */
export function startLoad(
  url: string,
  operations: Operation[],
  connections: number,
  durationMs: number,
  timeoutMs: number,
  options: { honourRetryAfter?: boolean } = {},
) {
  const client = new Client(url, connections);
  const answers: Answer[] = [];
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const startedAt = performance.now();
  const endAt = startedAt + durationMs;
  let stopped = false;
  const workers = Array.from({ length: connections }, async (_, worker) => {
    for (let i = worker; !stopped && performance.now() < endAt; i++) {
      const operation = operations[i % operations.length]!;
      const answer = await client.post(operation.name, operation.body, timeoutMs);
      answers.push(answer);
      const retryAfter = Number(answer.retryAfter);
      if (answer.status === 0) await sleep(100);
      else if (options.honourRetryAfter && Number.isFinite(retryAfter) && retryAfter > 0) await sleep(retryAfter * 1000);
    }
  });
  const done = Promise.all(workers).then(() => {
    delay.disable();
    client.close();
    return {
      answers,
      elapsedMs: performance.now() - startedAt,
      /** How late this process's own event loop ran (ms): the client's share of measured latency. */
      clientDelayP99Ms: delay.percentile(99) / 1e6,
      clientDelayMaxMs: delay.max / 1e6,
    };
  });
  return {
    answers,
    done,
    stop: () => {
      stopped = true;
      return done;
    },
  };
}

/** Sends the operations in turn from one connection for `durationMs`. */
export async function sequential(url: string, operations: Operation[], durationMs: number, timeoutMs: number): Promise<Answer[]> {
  const client = new Client(url, 1);
  const answers: Answer[] = [];
  const endAt = performance.now() + durationMs;
  for (let i = 0; performance.now() < endAt; i++) {
    const operation = operations[i % operations.length]!;
    answers.push(await client.post(operation.name, operation.body, timeoutMs));
  }
  client.close();
  return answers;
}

/** Nearest-rank percentile of values (not necessarily sorted); NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** "status code" → count, e.g. `200` or `503 SERVICE_UNAVAILABLE`, for the record. */
export function tally(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const retryAfter = a.retryAfter === undefined ? '' : ` (Retry-After ${a.retryAfter})`;
    const key = a.status === 0 ? `no answer (${a.transportError})` : `${[String(a.status), ...new Set(a.codes)].join(' ')}${retryAfter}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key}: ${count}`)
    .join(', ');
}
