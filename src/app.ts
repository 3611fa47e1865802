import type { AddressInfo } from 'node:net';
import { createAuthenticator } from './auth';
import type { Config } from './config';
import { getGraphSummary } from './data/summary';
import { createApolloServer } from './graphql/apollo';
import { loadTrustedDocuments, untrustedDocumentRefusal } from './graphql/trustedDocuments';
import { RateLimiter } from './graphql/rateLimit';
import { SERIES_CSV_PATH, seriesCsv } from './graphql/seriesCsv';
import { AdmissionGate } from './http/admission';
import { createCorsHandler } from './http/cors';
import { createHttpServer, GRAPHQL_PATH } from './http/server';
import { loadStaticSite } from './http/staticSite';
import type { Logger } from './logger';
import { createExecutor, DatabaseUnavailableError, waitForDatabase, type Executor } from './neo4j/executor';
import { isPortListening, readLiveLease } from './neo4j/dataFolderLease';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from './neo4j/localNeo4j';
import { applySchema } from './neo4j/schemaSetup';
import { loadDataset } from './seed/dataset';
import { isGraphEmpty } from './seed/writeDataset';
import { progressLog, writeAuditedDataset } from './services/seeding';
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

/** How long a command waits for a Neo4j it did not start itself before saying what to do. */
const COMMAND_CONNECT_WAIT_MS = 2000;

/**
 * For the CLIs: connects to the configured Neo4j, or to the bundled one that a running service
 * already started (a second JVM could not open its locked store), or starts the bundled one;
 * then applies the schema. A database it cannot use is reported within about two seconds.
 */
export async function openDatabase(config: Config, log: Logger): Promise<{ db: Executor; local?: LocalNeo4j }> {
  const { port, dataDir } = config.neo4j.local;
  const shared = !config.neo4j.uri && (await isPortListening(port));
  if (shared) log.info({ port }, 'using the bundled Neo4j of the running service');
  if (!config.neo4j.uri && !shared) {
    const lease = readLiveLease(dataDir);
    if (lease) {
      throw new LocalNeo4jError(
        `The service (process ${lease.ownerPid}) is still starting its bundled Neo4j on ${dataDir}. ` +
          'Run the command again once it logs "GraphQL API ready", or stop the service first.',
      );
    }
  }
  const local = config.neo4j.uri || shared ? undefined : await startLocalNeo4j(config.neo4j.local, config.neo4j.password, log);
  const uri = config.neo4j.uri ?? local?.uri ?? `bolt://127.0.0.1:${port}`;
  const db = createExecutor({ ...config.neo4j, uri }, log);
  try {
    // A server this command just started may refuse the password for a moment; others must answer now.
    await waitForDatabase(db, local ? config.neo4j.connectionTimeoutMs * 6 : COMMAND_CONNECT_WAIT_MS, log).catch((err: unknown) => {
      if (local) throw err;
      throw new LocalNeo4jError(
        `Neo4j at ${uri} cannot be used: ${(err as Error).message}. ` +
          (config.neo4j.uri
            ? 'Start it or correct NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD, or unset NEO4J_URI to use the bundled Neo4j.'
            : `Something on port ${port} is not the bundled Neo4j of this project; stop it or choose another NEO4J_LOCAL_PORT.`),
        { cause: err },
      );
    });
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
        // Audited like every write, and never forced: what curators deleted stays deleted.
        log.info({ folder: config.seedDir }, 'the database holds no entity: loading the seed dataset');
        const result = await writeAuditedDataset(db, loadDataset(config.seedDir), {
          actor: 'seed',
          operation: 'seed',
          source: 'start-up, SEED_ON_START',
          onProgress: progressLog(log),
        });
        log.info(
          { dataset: result.digest.slice(0, 12), entities: result.entities, facts: result.facts },
          `empty database: loaded the seed dataset (${result.entities.created} entities and ${result.facts.created} facts created` +
            (result.kept.length ? `, ${result.kept.length} entries kept as curators left them)` : ')'),
        );
      }
      return;
    } catch (err) {
      if (!(err instanceof DatabaseUnavailableError) || isStopping()) throw err;
      log.warn({ err }, 'the database went away while the service was starting; waiting for it again');
    }
  }
}

/** The composition root: config → database → Apollo → HTTP (listening) → schema and seed. */
export async function startApp(config: Config, log: Logger, options: { signal?: AbortSignal } = {}): Promise<RunningApp> {
  const { signal } = options;
  const local = config.neo4j.uri ? undefined : await startLocalNeo4j(config.neo4j.local, config.neo4j.password, log);
  if (signal?.aborted) {
    await local?.stop();
    throw new Error('start-up was stopped');
  }
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
    downloads: { [SERIES_CSV_PATH]: (context, query) => seriesCsv(context.db, query) },
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
  // A stop asked for while starting (SIGTERM while waiting for Neo4j) ends the start-up cleanly.
  signal?.addEventListener('abort', () => void stop(), { once: true });
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
    graph ? { entities: graph.entityCount, relationships: graph.relationshipCount, reports: graph.reports.length } : {},
    `GraphQL API ready at ${url}` +
      (graph ? ` (${graph.entityCount} entities, ${graph.relationshipCount} relationships)` : '') +
      `; explorer at ${new URL('/', url).href}`,
  );

  return { url, db, local, stop };
}
