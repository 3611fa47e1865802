import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { postGraphQL } from './support/app';
import { captureLog } from './support/logCapture';
import { freePort } from './support/testEnv';

/**
 * The bundled Neo4j killed with SIGKILL under a running service: it is relaunched on the same
 * folder and port and the service answers again by itself; when it cannot be relaunched,
 * liveness fails so that an orchestrator restarts the service.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-supervision-'));
const { log, lines: logLines, next: logged } = captureLog();

let app: RunningApp;
let boltPort: number;
beforeAll(async () => {
  boltPort = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    SEED_ON_START: 'false',
    SHUTDOWN_GRACE_MS: '0',
    NEO4J_LOCAL_PORT: String(boltPort),
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_MAX_RESTARTS: '1',
    NEO4J_LOCAL_NICENESS: '5',
  });
  app = await startApp(config, log);
}, 300_000);
afterAll(async () => {
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

const origin = () => new URL(app.url).origin;

/** The niceness of every thread of a process (field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNiceness(pid: number): number[] {
  const tasks = fs.readdirSync(`/proc/${pid}/task`);
  return tasks.map((tid) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[19 - 3]);
  });
}

/** Asks until the service answers from the database again (the driver reconnects on its own). */
async function answersAgain(): Promise<void> {
  for (;;) {
    const { status, body } = await postGraphQL(app.url, '{ graphSummary { entityTotal } }');
    if (status === 200) return expect(body.data!.graphSummary.entityTotal).toBe(0);
    expect(body.errors![0]!.extensions!.code).toBe('SERVICE_UNAVAILABLE');
    await logged(/./); // the next log line, whatever it is, before asking again
  }
}

it('runs every thread of the bundled JVM at the configured niceness', () => {
  const niceness = threadNiceness(app.local!.pid);
  expect(niceness.length).toBeGreaterThan(10);
  expect(new Set(niceness)).toEqual(new Set([5]));
  expect(os.getPriority(process.pid)).toBe(0);
});

it('relaunches a killed Neo4j and serves again without a restart', async () => {
  const killedPid = app.local!.pid;
  const relaunched = logged(/bundled Neo4j relaunched/);
  process.kill(killedPid, 'SIGKILL');
  await relaunched;
  expect(app.local!.pid).not.toBe(killedPid);
  expect(new Set(threadNiceness(app.local!.pid))).toEqual(new Set([5]));
  expect(logLines.join('')).toMatch(/exited unexpectedly; relaunching it/);
  await answersAgain();
  expect((await fetch(`${origin()}/healthz`)).status).toBe(200);
  expect((await fetch(`${origin()}/readyz`)).status).toBe(200);
}, 300_000);

it('fails liveness when the relaunch is impossible, and stays up to say so', async () => {
  const gaveUp = logged(/could not be relaunched/);
  const exited = logged(/exited unexpectedly/);
  process.kill(app.local!.pid, 'SIGKILL');
  await exited;
  // The data folder is replaced by a file, so no relaunch can open the store.
  const moved = `${dataDir}-moved`;
  fs.renameSync(dataDir, moved);
  fs.writeFileSync(dataDir, 'not a folder');
  try {
    await gaveUp;
    const health = await fetch(`${origin()}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'failed' });
    expect((await fetch(`${origin()}/readyz`)).status).toBe(503);
  } finally {
    fs.rmSync(dataDir, { force: true });
    fs.renameSync(moved, dataDir);
  }
}, 300_000);
