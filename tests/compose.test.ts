import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CONFIG_VARIABLES, loadConfig, PROJECT_ROOT } from '../src/config';
import { declaredNeo4jSettings } from '../src/neo4j/localNeo4j';
import { quietLog } from './support/testEnv';

/**
 * No Docker engine runs on the CI machines, so this checks what can be checked without one:
 * the compose file parses and agrees with the service's configuration and the Dockerfile.
 */
const compose = YAML.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));
const dockerfile = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

/** Resolves `${VAR:-default}` the way compose does when VAR is unset. */
const withDefaults = (env: Record<string, string>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]));

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs Neo4j Community 5.26 with auth, a data volume and a healthcheck', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\//);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    // The healthcheck's shell sees only the container's variables: the password comes from NEO4J_AUTH.
    expect(neo4j.healthcheck.test.join(' ')).toContain('$${NEO4J_AUTH#neo4j/}');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('gives the neo4j image only variables that become settings Neo4j declares', () => {
    // The official image's entrypoint: every NEO4J_* variable except these becomes a setting,
    // named by dropping NEO4J_, turning _ into . and then .. (from __) into _.
    const reserved = new Set([
      'NEO4J_AUTH',
      'NEO4J_SHA256',
      'NEO4J_TARBALL',
      'NEO4J_EDITION',
      'NEO4J_ACCEPT_LICENSE_AGREEMENT',
      'NEO4J_HOME',
      'NEO4J_PLUGINS',
      'NEO4J_DEBUG',
    ]);
    const settings = Object.keys(neo4j.environment)
      .filter((name) => name.startsWith('NEO4J_') && !reserved.has(name))
      .map((name) => name.slice('NEO4J_'.length).replace(/_/g, '.').replace(/\.\./g, '_'));
    expect(settings).toEqual(expect.arrayContaining(['server.memory.pagecache.size', 'server.memory.heap.max_size']));
    const declared = new Set(declaredNeo4jSettings(quietLog));
    expect(declared.size).toBeGreaterThan(100);
    expect(settings.filter((setting) => !declared.has(setting))).toEqual([]);
  });

  it('starts the API after Neo4j is healthy, with only variables the service knows', () => {
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.healthcheck.test.join(' ')).toContain('/readyz');
    expect(Object.keys(api.environment).filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });

  it('gives the API a configuration that validates and points at the neo4j service', () => {
    const config = loadConfig(withDefaults(api.environment));
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(neo4j.ports).toContain('7687:7687');
    expect(config.host).toBe('0.0.0.0');
    expect(api.ports).toContain(`${config.port}:${config.port}`);
    // Both containers get the same password from the same variable.
    expect(withDefaults(neo4j.environment).NEO4J_AUTH).toBe(`neo4j/${config.neo4j.password}`);
  });

  it('builds the API from a multi-stage Dockerfile that exposes the configured port', () => {
    expect(api.build).toBe('.');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    expect(dockerfile).toMatch(/^COPY package\.json package-lock\.json/m);
  });
});

describe('Dockerfile', () => {
  it('builds the explorer into the image, with the manifest the server trusts, on a current Node LTS', () => {
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/web\/dist \.\/web\/dist$/m);
    const manifest = path.relative(PROJECT_ROOT, loadConfig({}).trustedDocumentManifests[0]!);
    expect(dockerfile).toContain(`COPY ${manifest} ./${manifest}`);
    for (const image of dockerfile.match(/^FROM \S+/gm)!) expect(image).toMatch(/^FROM node:(22|24)-/);
  });

  it('runs the compiled service with plain node, and ships what it reads at run time', () => {
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(dockerfile).not.toMatch(/tsx/);
    // The schema contract and the seed data are read from the project root at run time.
    expect(dockerfile).toMatch(/^COPY schema \.\/schema$/m);
    expect(dockerfile).toMatch(/^COPY seed \.\/seed$/m);
  });
});
