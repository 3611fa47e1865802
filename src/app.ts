import net, { type AddressInfo } from 'node:net';
import { createAuthenticator } from './auth';
import type { Config } from './config';
import { getGraphSummary } from './data/summary';
import { createApolloServer } from './graphql/apollo';
import { loadTrustedDocuments, untrustedDocumentRefusal } from './graphql/trustedDocuments';
import { RateLimiter } from './graphql/rateLimit';
import { AdmissionGate } from './http/admission';
import { createCorsHandler } from './http/cors';
import { createHttpServer, GRAPHQL_PATH } from './http/server';
import { loadStaticSite } from './http/staticSite';
import type { Logger } from './logger';
import { createExecutor, DatabaseUnavailableError, waitForDatabase, type Executor } from './neo4j/executor';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j/localNeo4j';
import { applySchema } from './neo4j/schemaSetup';
import { seedGraph } from './seed/seedGraph';
import { isGraphEmpty } from './seed/writeDataset';
import { WEB_DIST } from './web/build';

export interface RunningApp {
  url: string;
  db: Executor;
  /** The bundled Neo4j, when the service started one. */
  local: LocalNeo4j | undefined;
  /** Drains HTTP, stops Apollo, closes the driver and stops the bundled Neo4j (if any). */
  stop(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

/** True when something accepts connections on the port (within a short bound). */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/**
 * For the CLIs: connects to the configured Neo4j, or to the bundled one that a running service
 * already started (a second JVM could not open its locked store), or starts the bundled one;
 * then applies the schema.
 */
export async function openDatabase(config: Config, log: Logger): Promise<{ db: Executor; local?: LocalNeo4j }> {
  const shared = !config.neo4j.uri && (await isListening(config.neo4j.local.port));
  if (shared) log.info({ port: config.neo4j.local.port }, 'using the bundled Neo4j of the running service');
  const local = config.neo4j.uri || shared ? undefined : await startLocalNeo4j(config.neo4j.local, config.neo4j.password, log);
  const uri = config.neo4j.uri ?? local?.uri ?? `bolt://127.0.0.1:${config.neo4j.local.port}`;
  const db = createExecutor({ ...config.neo4j, uri }, log);
  try {
    await waitForDatabase(db, config.neo4j.connectionTimeoutMs * 6, log);
    await applySchema(db);
  } catch (err) {
    await db.close();
    await local?.stop();
    throw err;
  }
  return { db, ...(local ? { local } : {}) };
}

/**
 * Waits for the database, applies the schema and seeds an empty graph. A database that goes away
 * at any step is waited for again (each step is idempotent), so an outage during start-up delays
 * the service instead of ending it; only errors that waiting cannot fix are thrown.
 */
async function prepareDatabase(db: Executor, config: Config, log: Logger, isStopping: () => boolean): Promise<void> {
  for (;;) {
    try {
      await waitForDatabase(db, Number.POSITIVE_INFINITY, log, isStopping);
      await applySchema(db);
      if (config.seedOnStart && (await isGraphEmpty(db))) {
        const summary = await seedGraph(db, config.seedDir);
        log.info(summary, 'empty database: loaded the seed dataset');
      }
      return;
    } catch (err) {
      if (!(err instanceof DatabaseUnavailableError) || isStopping()) throw err;
      log.warn({ err }, 'the database went away while the service was starting; waiting for it again');
    }
  }
}

/** The composition root: config → database → Apollo → HTTP (listening) → schema and seed. */
export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const local = config.neo4j.uri ? undefined : await startLocalNeo4j(config.neo4j.local, config.neo4j.password, log);
  const db = createExecutor({ ...config.neo4j, uri: config.neo4j.uri ?? local!.uri }, log);
  let prepared = false;

  const authenticate = createAuthenticator(config.auth);
  const mutationLimiter = new RateLimiter(config.mutationsPerMinute);
  if (!config.auth.secret && !config.auth.jwksUrl) log.warn('no AUTH_JWT_SECRET or AUTH_JWKS_URL: every mutation will be refused');
  const trustedDocuments = loadTrustedDocuments(config.trustedDocumentManifests);
  const apollo = createApolloServer({
    production: config.nodeEnv === 'production',
    log,
    introspection: config.introspection,
    trustedDocuments: { documents: trustedDocuments, only: config.trustedDocumentsOnly },
  });
  await apollo.start();
  let draining = false;
  const server = createHttpServer({
    apollo,
    context: async (requestId, req, deadline) => ({
      db: db.scoped({ requestId, log: log.child({ requestId }), deadline }),
      log: log.child({ requestId }),
      requestId,
      auth: await authenticate(req.headers.authorization),
      mutationLimiter,
    }),
    isAlive: () => local?.healthy ?? true,
    // Not ready while preparing or shutting down, so a load balancer sends requests elsewhere.
    isReady: async () =>
      prepared &&
      !draining &&
      (await db.verifyConnectivity().then(
        () => true,
        () => false,
      )),
    log,
    cors: createCorsHandler(config.corsOrigins),
    admission: new AdmissionGate(config.maxConcurrentRequests, config.maxQueuedRequests),
    ...(config.trustedDocumentsOnly ? { screen: untrustedDocumentRefusal(trustedDocuments) } : {}),
    site: loadStaticSite(WEB_DIST),
    // A client must finish sending its request in time; a slow sender cannot hold a socket.
    receiveTimeoutMs: config.requestTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // Readiness turns 503 first; during the grace period load balancers move away and
      // requests already on their way are still accepted.
      draining = true;
      await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
      // Stop accepting connections, let in-flight requests finish, then cut idle keep-alives.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
      await closed;
      clearTimeout(forced);
      await apollo.stop();
      await db.close();
      await local?.stop();
    })();
    return stopping;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (err) {
    await stop();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}${GRAPHQL_PATH}`;

  // /healthz answers from here on, and /readyz says 503 until the database is prepared.
  log.info({ url }, 'listening; preparing the database');
  // Preparing the database is set-up work, not a request: it has DATASET_TIMEOUT_MS per transaction.
  const setup = db.scoped({ bulk: true });
  try {
    await prepareDatabase(setup, config, log, () => draining);
  } catch (err) {
    await stop();
    throw err;
  }
  prepared = true;

  // From here no database error ends the process: a summary the database cannot give now is skipped.
  const graph = await getGraphSummary(setup).catch((err: unknown) => {
    log.warn({ err }, 'the graph summary is not available; the database will be retried per request');
    return undefined;
  });
  log.info(
    graph ? { entities: graph.entityTotal, relationships: graph.relationshipTotal, reports: graph.reports.length } : {},
    `GraphQL API ready at ${url}` +
      (graph ? ` (${graph.entityTotal} entities, ${graph.relationshipTotal} relationships)` : '') +
      `; explorer at ${new URL('/', url).href}`,
  );

  return { url, db, local, stop };
}
