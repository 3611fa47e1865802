import path from 'node:path';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../src/config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration', () => {
  it('has working local defaults: bundled Neo4j, port 4000, seed on start', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.password.length).toBeGreaterThanOrEqual(8);
    expect(config.neo4j.local).toMatchObject({ port: 7687, heapMb: 512, pageCacheMb: 64 });
    expect(config.neo4j.local.dataDir).toBe(path.join(PROJECT_ROOT, '.neo4j-data'));
    expect(config.seedOnStart).toBe(true);
    // A request's deadline, and the longer one of a whole dataset in one transaction.
    expect(config.requestTimeoutMs).toBe(10_000);
    expect(config.neo4j.datasetTimeoutMs).toBe(120_000);
  });

  it('accepts every Neo4j URI scheme a deployment uses', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abcd.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).neo4j.uri).toBe(uri);
    }
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: .*\(got "abc"\)/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /^NEO4J_URI: expected a bolt:\/\//],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /^NEO4J_PASSWORD: required when NEO4J_URI is set/],
    [{ NEO4J_PASSWORD: 'short' }, /^NEO4J_PASSWORD: the bundled Neo4j requires at least 8 characters$/],
    [{ SEED_ON_START: 'maybe' }, /^SEED_ON_START: expected true or false/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
    [{ REQUEST_TIMEOUT_MS: '50' }, /^REQUEST_TIMEOUT_MS: .*\(got "50"\)/],
    [{ DATASET_TIMEOUT_MS: 'two minutes' }, /^DATASET_TIMEOUT_MS: .*\(got "two minutes"\)/],
    [{ DATASET_TIMEOUT_MS: '0' }, /^DATASET_TIMEOUT_MS: /],
  ])('rejects %p naming the variable', (env, message) => {
    const found = problems(env as Record<string, string>);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('never echoes a password back in an error', () => {
    expect(problems({ NEO4J_PASSWORD: 'short' }).join()).not.toContain('short"');
  });
});

describe('browser-facing configuration', () => {
  it('allows local origins outside production and none in production by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual(expect.arrayContaining(['http://localhost:*', 'http://127.0.0.1:*']));
    expect(loadConfig({ NODE_ENV: 'production' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://A.example/, http://localhost:*' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:*',
    ]);
  });

  it('names CORS_ORIGINS when an entry is not an origin', () => {
    expect(problems({ CORS_ORIGINS: 'https://ok.example, not an origin' })).toEqual([
      expect.stringMatching(/^CORS_ORIGINS: expected `\*` or comma-separated origins/),
    ]);
    expect(problems({ CORS_ORIGINS: 'https://x.example/path' })[0]).toMatch(/^CORS_ORIGINS/);
  });

  it('takes the bundled Neo4j niceness from 0 to 19 and names NEO4J_LOCAL_NICENESS otherwise', () => {
    expect(loadConfig({}).neo4j.local.niceness).toBe(0);
    expect(loadConfig({ NEO4J_LOCAL_NICENESS: '10' }).neo4j.local.niceness).toBe(10);
    for (const bad of ['20', '-1', '2.5', 'low']) {
      expect(problems({ NEO4J_LOCAL_NICENESS: bad })).toEqual([expect.stringMatching(/^NEO4J_LOCAL_NICENESS/)]);
    }
  });

  it('reads TRUSTED_DOCUMENTS_ONLY as a flag', () => {
    expect(loadConfig({}).trustedDocumentsOnly).toBe(false);
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true' }).trustedDocumentsOnly).toBe(true);
    expect(problems({ TRUSTED_DOCUMENTS_ONLY: 'yes' })[0]).toMatch(/^TRUSTED_DOCUMENTS_ONLY/);
  });
});

describe('log format', () => {
  it('is JSON when output is not a terminal, and can be chosen', () => {
    expect(loadConfig({}).logFormat).toBe('json'); // jest's stdout is not a terminal
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(problems({ LOG_FORMAT: 'fancy' })[0]).toMatch(/^LOG_FORMAT/);
  });
});
