import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { Deadline } from '../deadline';
import type { GraphQLContext } from '../graphql/context';
import type { Logger } from '../logger';
import type { AdmissionGate } from './admission';
import { prefersHtml, type StaticSite } from './staticSite';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1_000_000;

export interface HttpOptions {
  apollo: ApolloServer<GraphQLContext>;
  /** The resolver context of one request; its executor works to the request's deadline. */
  context: (requestId: string, req: IncomingMessage, deadline: Deadline) => Promise<GraphQLContext>;
  /** False when the process cannot recover by itself (its bundled Neo4j is gone): /healthz fails. */
  isAlive: () => boolean;
  /** Resolves true when the database answers; used by /readyz. */
  isReady: () => Promise<boolean>;
  log: Logger;
  /** Answers CORS preflights (true: answered) and adds allow headers for permitted origins. */
  cors: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Bounds the GraphQL requests in flight; the rest get 503 with Retry-After. */
  admission: AdmissionGate;
  /** A reason to refuse a request before Apollo sees it (an untrusted document), or undefined. */
  screen?: (request: unknown) => { message: string; extensions: { code: string } } | undefined;
  /**
   * Downloads served beside the API (e.g. /series.csv), by path: reads, under the same CORS,
   * admission, deadline and request context as a GraphQL read.
   */
  downloads?: Record<string, DownloadHandler>;
  /** The built explorer and console; undefined when web/dist has not been built. */
  site: StaticSite | undefined;
  /** A client must have sent its whole request within this time. */
  receiveTimeoutMs: number;
  /** A GraphQL request is answered within this time of its arrival (504 TIMEOUT otherwise). */
  requestTimeoutMs: number;
}

/** A download: the document, or a refusal with its status and stable error code. */
export type Download =
  { status: 200; contentType: string; filename: string; body: string } | { status: number; code: string; message: string };
export type DownloadHandler = (context: GraphQLContext, query: URLSearchParams) => Promise<Download>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

/** A preflight the CORS policy did not answer: its origin is not allowed (or it is no preflight). */
function refuseOptions(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (origin === undefined) {
    res.writeHead(204, { allow: 'GET, POST, OPTIONS' }).end();
    return;
  }
  sendJson(res, 403, {
    errors: [{ message: `Origin ${origin.slice(0, 100)} may not call this API (see CORS_ORIGINS)`, extensions: { code: 'FORBIDDEN' } }],
  });
}

function sendNotBuilt(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><meta charset="utf-8"><title>Explorer not built</title>' +
      '<p>The explorer has not been built. Run <code>npm run build</code> (or <code>npm start</code>, which builds it), ' +
      `then reload. The GraphQL API is at <a href="${GRAPHQL_PATH}">${GRAPHQL_PATH}</a>.</p>`,
  );
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The body, if the client has sent all of it by the deadline; otherwise 408 (the rest is never
 * read, so the connection is closed). The deadline's timer may run before input that already
 * arrived has been read (a busy event loop): that is looked at once more before the client is
 * blamed.
 */
async function receiveBody(req: IncomingMessage, deadline: Deadline): Promise<string> {
  const reading = readBody(req);
  const first = await Promise.race([reading, deadline.reached.then(() => undefined)]);
  if (first !== undefined) return first;
  await new Promise((resolve) => setImmediate(resolve));
  const second = await Promise.race([reading, Promise.resolve(undefined)]);
  if (second !== undefined) return second;
  reading.catch(() => undefined);
  throw new HttpError(408, 'The request was not received within the time limit');
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType?.startsWith('application/json') || contentType?.startsWith('application/graphql-response+json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'Request body is not valid JSON');
    }
  }
  return raw;
}

/** A caller's own request id is kept if it is plausible; otherwise a new one is made. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, options: HttpOptions, deadline: Deadline): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  // Node reads and drops the unread body after the answer, so the connection stays usable.
  if (options.admission.saturated) return sendOverloaded(res);
  const body = req.method === 'POST' ? parseBody(await receiveBody(req, deadline), req.headers['content-type']) : undefined;
  // Admission comes before screening so that, under overload, a refusal costs no parsing.
  const entering = options.admission.enter();
  const release = await Promise.race([entering, deadline.reached.then(() => false as const)]);
  if (release === false || deadline.expired) {
    // A slot that comes free later is handed back at once.
    void entering.then((late) => late?.());
    return sendTimeout(res, requestId, TIMEOUT_MESSAGE);
  }
  if (!release) return sendOverloaded(res);
  const refusal = options.screen?.(req.method === 'POST' ? body : Object.fromEntries(url.searchParams));
  if (refusal) {
    release();
    return sendJson(res, 400, { errors: [refusal] });
  }
  // The slot is held until the work is really over, even when the client got its 504 before.
  const answer = answerGraphQL(req, url, body, requestId, deadline, options).finally(release);
  const first = await Promise.race([answer, deadline.reached.then(() => undefined)]);
  if (first) return sendAnswer(res, first);
  // Stop waiting for the rest, but not before its result is known, whatever it is.
  answer.catch((err: unknown) => options.log.error({ err, requestId }, 'request failed after its deadline'));
  await answerAtDeadline(res, answer, requestId, deadline, options.log);
}

const TIMEOUT_MESSAGE = 'The query took longer than this server allows.';

/**
 * How long past the deadline a 504 may wait for Neo4j to confirm that the request's transactions
 * have ended: a few milliseconds normally. Past it (Neo4j starved of CPU: 250 ms and more were
 * measured, bench/RESULTS.md) the answer goes anyway, so that it arrives within the deadline's
 * 100 ms margin. Nothing is lost by not waiting: the RESET that ends them has been sent, no commit
 * will follow, and the request keeps its admission slot until Neo4j has let go.
 */
const ENDING_GRACE_MS = 50;

/** How long the answer of a request that was committing at its deadline may wait for the outcome. */
const COMMIT_GRACE_MS = 2000;

/**
 * The deadline has passed. The executor is ending the transactions still running; once Neo4j
 * has let go of them the client gets 504. A request that committed a change (or was committing
 * one) gets its real answer instead, which says what was committed: a 504 would suggest nothing was.
 */
async function answerAtDeadline(
  res: ServerResponse,
  answer: Promise<HTTPGraphQLResponse>,
  requestId: string,
  deadline: Deadline,
  log: Logger,
): Promise<void> {
  const reachedAt = Date.now();
  const finished = await deadline.settled(deadline.at + ENDING_GRACE_MS);
  // How late the timer fired (a busy event loop) and how long Neo4j took to let go.
  log.debug({ requestId, lateMs: reachedAt - deadline.at, endingMs: Date.now() - reachedAt }, 'request deadline passed');
  if (!finished) log.debug({ requestId }, 'Neo4j had not confirmed the end of a transaction yet; answering anyway');
  if (!deadline.changedSomething) return sendTimeout(res, requestId, TIMEOUT_MESSAGE);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, COMMIT_GRACE_MS, undefined)));
  const result = await Promise.race([answer.catch(() => undefined), late]);
  clearTimeout(timer);
  if (result) return sendAnswer(res, result);
  sendTimeout(res, requestId, `${TIMEOUT_MESSAGE} A change it made may have been committed; check before retrying.`);
}

function sendTimeout(res: ServerResponse, requestId: string, message: string): void {
  sendJson(res, 504, { errors: [{ message, extensions: { code: 'TIMEOUT', requestId } }] });
}

/** Overload is not a fault: the client is told to come back shortly, and nothing is logged as an error. */
function sendOverloaded(res: ServerResponse): void {
  res.setHeader('retry-after', '1');
  sendJson(res, 503, { errors: [{ message: 'The server is busy; try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
}

/** Runs the operation through Apollo; nothing is written to the client yet. */
async function answerGraphQL(
  req: IncomingMessage,
  url: URL,
  body: unknown,
  requestId: string,
  deadline: Deadline,
  options: HttpOptions,
): Promise<HTTPGraphQLResponse> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: () => options.context(requestId, req, deadline),
  });
}

async function sendAnswer(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A download, admitted like a GraphQL request and held to the same deadline. */
async function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  handler: DownloadHandler,
  options: HttpOptions,
  deadline: Deadline,
): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET, OPTIONS');
    return sendJson(res, 405, { errors: [{ message: `${url.pathname} answers GET only`, extensions: { code: 'BAD_REQUEST' } }] });
  }
  if (options.admission.saturated) return sendOverloaded(res);
  const entering = options.admission.enter();
  const release = await Promise.race([entering, deadline.reached.then(() => false as const)]);
  if (release === false || deadline.expired) {
    void entering.then((late) => late?.());
    return sendTimeout(res, requestId, TIMEOUT_MESSAGE);
  }
  if (!release) return sendOverloaded(res);
  const answer = options
    .context(requestId, req, deadline)
    .then((context) => handler(context, url.searchParams))
    .finally(release);
  const download = await Promise.race([answer, deadline.reached.then(() => undefined)]);
  if (!download) {
    // A read changes nothing: once Neo4j has let go of its transaction, the answer is a 504.
    answer.catch((err: unknown) => options.log.error({ err, requestId }, 'download failed after its deadline'));
    await deadline.settled(deadline.at + ENDING_GRACE_MS);
    return sendTimeout(res, requestId, TIMEOUT_MESSAGE);
  }
  if (!('body' in download)) {
    return sendJson(res, download.status, { errors: [{ message: download.message, extensions: { code: download.code, requestId } }] });
  }
  res.writeHead(200, {
    'content-type': download.contentType,
    'content-disposition': `attachment; filename="${download.filename}"`,
    'cache-control': 'no-store',
  });
  res.end(download.body);
}

const RECEIVE_SLACK_MS = 1000;

/** The service's HTTP surface: /graphql (Apollo), /healthz (process up) and /readyz (database up). */
export function createHttpServer(options: HttpOptions): http.Server {
  const receiveLimits = {
    // Node's checks run on a timer that a busy event loop delays past input already waiting, so
    // they get some slack lest the server's own lateness be blamed on the client (408). A GraphQL
    // body is held to the request's deadline exactly (receiveBody).
    requestTimeout: options.receiveTimeoutMs + RECEIVE_SLACK_MS,
    headersTimeout: Math.min(options.receiveTimeoutMs, 10_000) + RECEIVE_SLACK_MS,
    // Node checks those limits only this often (30 s by default), so a slow sender could hold a
    // socket for half a minute past its limit.
    connectionsCheckingInterval: Math.min(1000, options.receiveTimeoutMs),
  };
  return http.createServer(receiveLimits, (req, res) => {
    const arrivedAt = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === GRAPHQL_PATH) {
        if (await options.cors(req, res)) return;
        if (req.method === 'OPTIONS') return refuseOptions(req, res);
        // A person who opens the endpoint in a browser gets the console (Apollo's own landing
        // page loads its code from a CDN and shows nothing offline).
        if (options.site && req.method === 'GET' && !url.search && prefersHtml(req)) return redirect(res, '/graphiql');
        // Fixed on arrival: receiving, queueing and running the request all count against it.
        const deadline = new Deadline(arrivedAt + options.requestTimeoutMs, arrivedAt);
        return handleGraphQL(req, res, url, options, deadline).finally(() => deadline.dispose());
      }
      const download = options.downloads?.[url.pathname];
      if (download) {
        if (await options.cors(req, res)) return;
        if (req.method === 'OPTIONS') return refuseOptions(req, res);
        const deadline = new Deadline(arrivedAt + options.requestTimeoutMs, arrivedAt);
        return handleDownload(req, res, url, download, options, deadline).finally(() => deadline.dispose());
      }
      if (url.pathname === '/healthz') {
        const alive = options.isAlive();
        return sendJson(res, alive ? 200 : 503, { status: alive ? 'ok' : 'failed' });
      }
      if (url.pathname === '/readyz') {
        const ready = await options.isReady();
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
      }
      if (options.site?.handle(req, res, url.pathname)) return;
      if (!options.site && url.pathname === '/' && prefersHtml(req)) return sendNotBuilt(res);
      sendJson(res, 404, { error: `Not found; the GraphQL endpoint is ${GRAPHQL_PATH}` });
    };
    route().catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        // The rest of a refused body is never read, so this connection cannot be reused.
        if (err.status === 413 || err.status === 408) res.setHeader('connection', 'close');
        sendJson(res, err.status, { errors: [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      options.log.error({ err }, 'unhandled error in HTTP handler');
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
}
