import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Root of the repository; every relative path in the configuration is resolved from it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

const port = (fallback: number, min = 1) => z.coerce.number().int().min(min).max(65535).default(fallback);

const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

/** scheme://host[:port]; the port may be `*` (any port). */
const ORIGIN_PATTERN = /^https?:\/\/(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:(\d{1,5}|\*))?$/;

/** Outside production a front end on any local port may call the API (Vite, Storybook, …). */
const DEVELOPMENT_ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/**
 * How much GraphQL work runs at once when not configured: four requests per core. More only
 * lengthen every answer (Node and Neo4j share the cores) and, worse, delay the event loop that
 * must answer excess requests with 503 at once. Up to four times as many may wait briefly.
 */
const admissionDefaults = (() => {
  const concurrent = 4 * os.availableParallelism();
  return { concurrent, queued: 4 * concurrent };
})();

const environmentVariables = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  // 0 asks the OS for a free port (used by tests).
  PORT: port(4000, 0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Unset: readable lines in a terminal outside production, JSON lines otherwise.
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  SEED_ON_START: booleanFlag(true),
  SEED_DIR: z.string().min(1).default('seed'),

  NEO4J_URI: z
    .string()
    .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/\S+$/, {
      message: 'expected a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI',
    })
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  // Short by default so that a request fails within about 2 s when the database is down.
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(1500),
  NEO4J_RETRY_TIME_MS: z.coerce.number().int().nonnegative().default(500),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // A whole dataset is one transaction of a few thousand rows: well above a request's deadline,
  // so that a busy server still seeds, while a runaway write is still stopped.
  DATASET_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  // Unset: scaled to the machine (see admissionDefaults).
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).optional(),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).optional(),
  MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false', '1', '0']).optional(),
  // Browser origins allowed to call the API: `*`, or a comma-separated list in which a port may be `*`.
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim().replace(/\/$/, '').toLowerCase())
        .filter(Boolean),
    )
    .refine((origins) => origins.every((o) => o === '*' || ORIGIN_PATTERN.test(o)), {
      message: 'expected `*` or comma-separated origins such as https://example.org or http://localhost:*',
    })
    .optional(),
  TRUSTED_DOCUMENTS_ONLY: booleanFlag(false),
  // Client-preset manifests of trusted documents (comma-separated paths); the explorer's by default.
  TRUSTED_DOCUMENTS: z.string().min(1).default('web/src/gql/persisted-documents.json'),
  // Bearer tokens for mutations: an HS256 shared secret, or a JWKS URL for asymmetric keys.
  AUTH_JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),

  NEO4J_LOCAL_PORT: port(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.neo4j-data'),
  NEO4J_LOCAL_HEAP_MB: z.coerce.number().int().min(128).max(8192).default(512),
  NEO4J_LOCAL_PAGECACHE_MB: z.coerce.number().int().min(8).max(8192).default(64),
  NEO4J_LOCAL_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  NEO4J_LOCAL_MAX_RESTARTS: z.coerce.number().int().min(0).max(100).default(5),
  NEO4J_LOCAL_NICENESS: z.coerce.number().int().min(0).max(19).default(0),
});

/** Every environment variable the service reads (documented in README.md). */
export const CONFIG_VARIABLES = Object.keys(environmentVariables.shape);

const environmentSchema = environmentVariables.superRefine((env, ctx) => {
  // The bundled database refuses passwords shorter than 8 characters at start-up,
  // which would otherwise surface as an obscure launcher failure.
  if (!env.NEO4J_URI && env.NEO4J_PASSWORD !== undefined && env.NEO4J_PASSWORD.length < 8) {
    ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'the bundled Neo4j requires at least 8 characters' });
  }
  if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
    ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
  }
});

/** Secret for development tokens when none is configured; never used in production. */
export const DEV_JWT_SECRET = 'local-development-secret-not-for-production';

/** Password of the bundled database when none is configured; it only listens on loopback. */
const LOCAL_DEFAULT_PASSWORD = 'local-dev-password';

export interface LocalNeo4jConfig {
  port: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
  /** Relaunches in a row after the JVM dies before giving up (and failing liveness). */
  maxRestarts: number;
  /**
   * Scheduling niceness of the JVM (0 to 19). Above 0, the service's one event-loop thread is
   * scheduled ahead of Neo4j's many threads when both want a core that is full.
   */
  niceness: number;
}

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  logFormat: 'json' | 'pretty';
  seedOnStart: boolean;
  seedDir: string;
  requestTimeoutMs: number;
  mutationsPerMinute: number;
  /** GraphQL requests run at once; up to maxQueuedRequests more wait briefly, the rest get 503. */
  maxConcurrentRequests: number;
  maxQueuedRequests: number;
  /** How long readiness reports 503 before the listener closes on shutdown. */
  shutdownGraceMs: number;
  /** Schema introspection; on outside production unless configured. */
  introspection: boolean;
  /** Origins whose pages may call the API (`*` for any); a port of `*` matches every port. */
  corsOrigins: string[];
  /** Manifests of documents the server knows by hash (the explorer's, and any other front end's). */
  trustedDocumentManifests: string[];
  /** Run only documents from those manifests. */
  trustedDocumentsOnly: boolean;
  auth: {
    /** HS256 secret; outside production a development secret stands in when none is set. */
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
  };
  neo4j: {
    /** Undefined means: start the bundled Neo4j and connect to it. */
    uri: string | undefined;
    username: string;
    password: string;
    database: string;
    connectionTimeoutMs: number;
    retryTimeMs: number;
    /** The deadline of each transaction outside a request (a request has its own, see deadline.ts). */
    statementTimeoutMs: number;
    /** The deadline of a whole dataset written in one transaction (import, seed). */
    datasetTimeoutMs: number;
    local: LocalNeo4jConfig;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration once; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings are treated as unset, as shells and .env files often produce them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const value = typeof issue.path[0] === 'string' ? present[issue.path[0]] : undefined;
        const shown = value === undefined || /PASSWORD/.test(name) ? '' : ` (got "${value}")`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const fromRoot = (p: string) => path.resolve(PROJECT_ROOT, p);
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV !== 'production' && process.stdout.isTTY ? 'pretty' : 'json'),
    seedOnStart: e.SEED_ON_START,
    seedDir: fromRoot(e.SEED_DIR),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    mutationsPerMinute: e.MUTATIONS_PER_MINUTE,
    maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS ?? admissionDefaults.concurrent,
    maxQueuedRequests: e.MAX_QUEUED_REQUESTS ?? admissionDefaults.queued,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    introspection: e.GRAPHQL_INTROSPECTION === undefined ? e.NODE_ENV !== 'production' : ['true', '1'].includes(e.GRAPHQL_INTROSPECTION),
    corsOrigins: e.CORS_ORIGINS ?? (e.NODE_ENV === 'production' ? [] : DEVELOPMENT_ORIGINS),
    trustedDocumentManifests: e.TRUSTED_DOCUMENTS.split(',').map((file) => fromRoot(file.trim())),
    trustedDocumentsOnly: e.TRUSTED_DOCUMENTS_ONLY,
    auth: {
      secret: e.AUTH_JWT_SECRET ?? (e.NODE_ENV === 'production' || e.AUTH_JWKS_URL ? undefined : DEV_JWT_SECRET),
      jwksUrl: e.AUTH_JWKS_URL,
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
    },
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      retryTimeMs: e.NEO4J_RETRY_TIME_MS,
      statementTimeoutMs: e.REQUEST_TIMEOUT_MS,
      datasetTimeoutMs: e.DATASET_TIMEOUT_MS,
      local: {
        port: e.NEO4J_LOCAL_PORT,
        dataDir: fromRoot(e.NEO4J_LOCAL_DATA_DIR),
        heapMb: e.NEO4J_LOCAL_HEAP_MB,
        pageCacheMb: e.NEO4J_LOCAL_PAGECACHE_MB,
        startTimeoutMs: e.NEO4J_LOCAL_START_TIMEOUT_MS,
        maxRestarts: e.NEO4J_LOCAL_MAX_RESTARTS,
        niceness: e.NEO4J_LOCAL_NICENESS,
      },
    },
  };
}
