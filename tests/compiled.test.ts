import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { buildState, SERVER_BUILD, SERVER_DIST } from '../src/web/build';
import { spawnTracked } from './support/processes';

/**
 * `npm start` and the container run the service compiled to JavaScript (dist/), with no loader
 * and no source maps: the driver captures a stack per query, which costs about twice as much
 * with source maps on (bench/RESULTS.md). This runs that artefact, not the TypeScript.
 */
function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

it('is built from the current sources, as plain JavaScript without source maps', () => {
  // npm test builds it first (`npm run build -- --if-stale`).
  expect(buildState(SERVER_BUILD)).toBe('fresh');
  const files = listFiles(SERVER_DIST).filter((file) => !file.endsWith('.build-stamp'));
  expect(files.length).toBeGreaterThan(30);
  for (const file of files) {
    expect(file).toMatch(/\.js$/);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('sourceMappingURL');
  }
});

it('starts with plain node, answers from the database, and stops with 0 on SIGTERM', async () => {
  const child = spawnTracked(process.execPath, [path.join(SERVER_DIST, 'main.js')], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: '0',
      NEO4J_URI: process.env.NEO4J_TEST_URI!,
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD!,
      SHUTDOWN_GRACE_MS: '0',
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API ready at (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then((code) => reject(new Error(`exited early (${code}): ${output}`)));
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entity(id: "org/college") { id name } }' }),
  });
  expect(await response.json()).toEqual({ data: { entity: { id: 'org/college', name: expect.any(String) } } });
  // Production logs are JSON lines.
  expect(output.split('\n').filter(Boolean)[0]).toMatch(/^\{"level"/);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
