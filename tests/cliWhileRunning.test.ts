import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { readLiveLease } from '../src/neo4j/dataFolderLease';
import { loadDataset } from '../src/seed/dataset';
import { runCommandLine } from './support/processes';
import { freePort, quietLog, SEED_DIR } from './support/testEnv';

/**
 * A curator runs a command while `npm start` runs: the command uses the service's bundled Neo4j
 * instead of starting a second one on the same (locked) data folder.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-running-'));
const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-export-'));
let app: RunningApp;
const seededEntities = loadDataset(SEED_DIR).entities.length;
let env: Record<string, string>;

beforeAll(async () => {
  env = {
    NODE_ENV: 'test',
    SEED_DIR,
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA_DIR: dataDir,
    SHUTDOWN_GRACE_MS: '0',
  };
  app = await startApp(loadConfig({ ...env, PORT: '0' }), quietLog);
}, 300_000);
afterAll(async () => {
  await app?.stop();
  // The note goes with the JVM.
  expect(readLiveLease(dataDir)).toBeUndefined();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(exportDir, { recursive: true, force: true });
}, 120_000);

/** Runs a CLI in its own process group (killed after the file, whatever happens). */
const runCli = (script: string, args: string[]) => runCommandLine(script, args, { LOG_LEVEL: 'info', LOG_FORMAT: 'pretty', ...env });

it("exports through the running service's Neo4j instead of starting another", async () => {
  const { code, output } = await runCli('src/cli/export.ts', [exportDir]);
  expect(output).toMatch(/using the bundled Neo4j of the running service/);
  expect(output).not.toMatch(/bundled Neo4j ready/);
  // LOG_FORMAT=pretty: readable lines with the time since start, no JSON.
  expect(output).toMatch(/^\[ +\d+\.\d s\] using the bundled Neo4j of the running service {2}\(port=\d+\)$/m);
  expect(output).not.toMatch(/^\{/m);
  expect(code).toBe(0);
  expect(output).toContain(`exported ${seededEntities} entities`);
  expect(fs.readdirSync(exportDir).length).toBeGreaterThan(0);
  // The service is untouched and still answers.
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ graphSummary { entityCount } }' }),
  });
  expect(((await response.json()) as any).data.graphSummary.entityCount).toBe(seededEntities);
}, 300_000);

it('leaves a note of who holds the data folder, so a second service is refused at once, naming the holder', async () => {
  expect(readLiveLease(dataDir)).toMatchObject({ jvmPid: app.local!.pid, ownerPid: process.pid, port: Number(env.NEO4J_LOCAL_PORT) });
  const second = startApp(loadConfig({ ...env, PORT: '0', NEO4J_LOCAL_PORT: String(await freePort()) }), quietLog);
  await expect(second).rejects.toThrow(
    new RegExp(`data folder .* is in use by the bundled Neo4j of process ${process.pid} \\(Bolt on port ${env.NEO4J_LOCAL_PORT}\\)`),
  );
}, 60_000);
