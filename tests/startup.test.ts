import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { postGraphQL } from './support/app';
import { spawnTracked } from './support/processes';
import { freePort } from './support/testEnv';

/**
 * `npm start` as a user runs it: no NEO4J_URI, so the service starts its own Neo4j, seeds it,
 * serves GraphQL, and on SIGTERM stops everything, the JVM included.
 */

interface Started {
  child: ChildProcessWithoutNullStreams;
  logs: string[];
  url: string;
}

function startService(env: Record<string, string>, timeoutMs = 150_000): Promise<Started> {
  const child = spawnTracked(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service not ready:\n${logs.join('')}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString());
      const ready = /GraphQL API ready at (\S+)/.exec(logs.join(''));
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve({ child, logs, url: ready[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code}:\n${logs.join('')}`));
    });
  });
}

function stopService(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

/** The JVM's pid, from the launcher's "bundled Neo4j ready" log line. */
function javaPid(logs: string[]): number {
  const match = /"pid":(\d+)[^\n]*"msg":"bundled Neo4j ready"/.exec(logs.join(''));
  if (!match?.[1]) throw new Error('no bundled Neo4j pid in the logs');
  return Number(match[1]);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start with the bundled Neo4j', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-startup-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('seeds on first start, serves the report, stops its JVM on SIGTERM, and restarts without duplicates', async () => {
    const env = {
      PORT: String(await freePort()),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: dataDir,
    };
    const countsQuery = '{ graphSummary { entityTotal relationshipTotal } }';

    const first = await startService(env);
    expect(first.logs.join('')).toContain('empty database: loaded the seed dataset');
    const { body } = await postGraphQL(first.url, '{ entitiesByName(name: "杨珍华") { id nameEn } }');
    expect(body.data).toEqual({ entitiesByName: [{ id: 'person/yang-zhenhua', nameEn: 'Yang Zhenhua' }] });
    const counts = (await postGraphQL(first.url, countsQuery)).body.data;
    const jvm = javaPid(first.logs);
    expect(await stopService(first)).toBe(0);
    expect(isAlive(jvm)).toBe(false);

    // Second start over the same folder: the password is already set, the seed is not reloaded.
    const second = await startService(env);
    expect(second.logs.join('')).not.toContain('loaded the seed dataset');
    expect((await postGraphQL(second.url, countsQuery)).body.data).toEqual(counts);
    const jvm2 = javaPid(second.logs);
    expect(await stopService(second)).toBe(0);
    expect(isAlive(jvm2)).toBe(false);
  }, 300_000);

  it('leaves no JVM behind even when the service itself is killed with SIGKILL', async () => {
    const started = await startService({
      PORT: String(await freePort()),
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: dataDir,
    });
    const jvm = javaPid(started.logs);
    started.child.kill('SIGKILL');
    // The launcher watches its stdin; the pipe closes when its parent dies, and it shuts down.
    const deadline = Date.now() + 60_000;
    while (isAlive(jvm) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(isAlive(jvm)).toBe(false);
  }, 180_000);

  it('refuses to start on a bad variable, naming it, before starting anything', async () => {
    const child = spawnTracked(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty' },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT: ');
    expect(stderr).toContain('(got "eighty")');
  });
});
