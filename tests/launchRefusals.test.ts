import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { readLiveLease, writeLease } from '../src/neo4j/dataFolderLease';
import { createExecutor, DatabaseUnavailableError } from '../src/neo4j/executor';
import { captureLog } from './support/logCapture';
import { runCommandLine, spawnTracked } from './support/processes';
import { freePort, quietLog, testConfig } from './support/testEnv';

/**
 * What used to fail after a full JVM start with a Java stack trace (or not at all) is refused
 * before anything starts, with a message that says what to do.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-refusals-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs a command in its own process group (killed after the file, whatever happens). */
const runCli = (script: string, args: string[], env: Record<string, string>) =>
  runCommandLine(script, args, { LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env });

/** A program that is not Neo4j holding a port. */
async function holdPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket.on('error', () => undefined));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const release = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return { port, release };
}

it('refuses to start the bundled Neo4j on a port another program holds, before launching a JVM', async () => {
  const held = await holdPort();
  try {
    const captured = captureLog();
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', NEO4J_LOCAL_PORT: String(held.port), NEO4J_LOCAL_DATA_DIR: dataDir });
    await expect(startApp(config, captured.log)).rejects.toThrow(
      new RegExp(`Port ${held.port} is already taken by another program.*NEO4J_LOCAL_PORT.*NEO4J_URI`),
    );
    expect(captured.lines.join('')).not.toMatch(/starting the bundled Neo4j/);
    expect(readLiveLease(dataDir)).toBeUndefined();
  } finally {
    await held.release();
  }
});

it('tells a command that the port it would share is not this project’s Neo4j, without a stack trace', async () => {
  const held = await holdPort();
  try {
    const { code, output } = await runCli('src/cli/export.ts', [path.join(dataDir, 'out')], {
      NEO4J_LOCAL_PORT: String(held.port),
      NEO4J_LOCAL_DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`Something on port ${held.port} is not the bundled Neo4j of this project`));
    expect(output).toMatch(/did not answer within 2000 ms/);
    expect(output).not.toMatch(/^\s+at /m);
  } finally {
    await held.release();
  }
});

it('tells a command that the configured Neo4j is unreachable and what to check', async () => {
  const { code, output } = await runCli('src/cli/export.ts', [path.join(dataDir, 'out')], {
    NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
    NEO4J_PASSWORD: 'whatever',
  });
  expect(code).toBe(1);
  expect(output).toMatch(/cannot be used: Neo4j did not answer within 2000 ms \(.*ECONNREFUSED/);
  expect(output).toMatch(/correct NEO4J_URI/);
  expect(output).not.toMatch(/^\s+at /m);
});

it('tells a command that the service is still starting its Neo4j on the same data folder', async () => {
  // Stands in for a service whose JVM holds the store but does not listen yet: a live process
  // whose command line names the launcher, recorded in the note.
  const jvm = spawnTracked(process.execPath, ['-e', 'setInterval(() => {}, 60000)', 'local.neo4j.Launcher'], { env: {} });
  await new Promise((resolve) => jvm.once('spawn', resolve));
  writeLease(dataDir, jvm.pid!, await freePort());
  try {
    const { code, output } = await runCli('src/cli/export.ts', [path.join(dataDir, 'out')], {
      NEO4J_LOCAL_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: dataDir,
    });
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`The service \\(process ${process.pid}\\) is still starting its bundled Neo4j`));
    expect(output).not.toMatch(/^\s+at /m);
  } finally {
    jvm.kill('SIGKILL');
    await new Promise((resolve) => jvm.once('exit', resolve));
  }
  // A note whose JVM is gone (a killed service) does not block anyone.
  expect(readLiveLease(dataDir)).toBeUndefined();
});

it('reports a server that accepts connections but never answers as unavailable (503), not as an internal error', async () => {
  const held = await holdPort();
  const db = createExecutor(
    { ...testConfig().neo4j, uri: `bolt://127.0.0.1:${held.port}`, connectionTimeoutMs: 300, retryTimeMs: 0 },
    quietLog,
  );
  try {
    await expect(db.read('RETURN 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
  } finally {
    await db.close();
    await held.release();
  }
});

it('stops cleanly with 0 on SIGTERM while it is still waiting for Neo4j at start-up', async () => {
  const child = spawnTracked(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      NEO4J_PASSWORD: 'whatever1',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    },
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('waiting for Neo4j')) resolve();
    }),
  );
  child.kill('SIGTERM');
  expect(await exited).toEqual({ code: 0, signal: null });
  expect(output).toContain('shutting down during start-up');
});
