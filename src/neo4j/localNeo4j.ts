import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { PROJECT_ROOT, type LocalNeo4jConfig } from '../config';
import type { Logger } from '../logger';
import { isPortListening, readLiveLease, releaseLease, writeLease } from './dataFolderLease';

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIB_DIR = path.join(LAUNCHER_DIR, 'target', 'lib');
const BUILD_STAMP = path.join(LAUNCHER_DIR, 'target', 'build.stamp');
const JAVA_SOURCES = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'local', 'neo4j');
const buildInputs = () => [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  ...fs.readdirSync(JAVA_SOURCES).map((file) => path.join(JAVA_SOURCES, file)),
];
const READY_MARKER = 'NEO4J_LOCAL_READY';
const STOP_GRACE_MS = 30_000;

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function isBuildCurrent(): boolean {
  if (!fs.existsSync(BUILD_STAMP) || !fs.existsSync(LIB_DIR)) return false;
  const builtAt = fs.statSync(BUILD_STAMP).mtimeMs;
  return buildInputs().every((input) => fs.statSync(input).mtimeMs <= builtAt);
}

/**
 * Compiles the launcher and copies Neo4j's jars next to it with Maven. The first run downloads
 * about 130 MB from Maven Central; afterwards it is a no-op and works offline.
 */
export function ensureLauncherBuilt(log: Logger): void {
  if (isBuildCurrent()) return;
  log.info('Building the bundled Neo4j launcher; the first run downloads about 130 MB of jars from Maven Central');
  const started = Date.now();
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.error) {
    throw new LocalNeo4jError(
      `Could not run Maven (${result.error.message}). Install JDK 17 and Maven, or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new LocalNeo4jError(`Building the Neo4j launcher failed (mvn exit ${result.status}):\n${tail}`);
  }
  fs.writeFileSync(BUILD_STAMP, new Date().toISOString());
  log.info({ seconds: Math.round((Date.now() - started) / 1000) }, 'Neo4j launcher built');
}

/** The name of every setting the bundled Neo4j version declares (what strict validation accepts). */
export function declaredNeo4jSettings(log: Logger): string[] {
  ensureLauncherBuilt(log);
  const result = spawnSync('java', ['-cp', `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`, 'local.neo4j.ListSettings'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new LocalNeo4jError(`Listing Neo4j's settings failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout.split('\n').filter(Boolean);
}

export interface LocalNeo4j {
  uri: string;
  /** The running JVM's process id (it changes when the JVM is relaunched). */
  readonly pid: number;
  /** False once the JVM died and could not be relaunched: the service should then be restarted. */
  readonly healthy: boolean;
  /** Stops the JVM: graceful first, killed after a bound. Safe to call more than once. */
  stop(): Promise<void>;
}

interface RunningJvm {
  uri: string;
  child: ChildProcess;
  killOnExit: () => void;
}

/**
 * Starts the bundled Neo4j, resolves once Bolt accepts authenticated connections, and keeps it
 * running: when the JVM dies (a crash, the OOM killer, a `kill -9`), it is relaunched on the same
 * data folder and port with growing pauses, so the driver reconnects by itself. After
 * `maxRestarts` failed relaunches in a row it gives up and reports itself unhealthy.
 */
export async function startLocalNeo4j(config: LocalNeo4jConfig, password: string, log: Logger): Promise<LocalNeo4j> {
  let jvm = await launchJvm(config, password, log);
  let stopping = false;
  let healthy = true;
  let pause: { timer: NodeJS.Timeout; resolve: () => void } | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      pause = { timer: setTimeout(resolve, ms), resolve };
    }).finally(() => (pause = undefined));

  const relaunch = async () => {
    for (let attempt = 1; attempt <= config.maxRestarts; attempt++) {
      await sleep(Math.min(1000 * 2 ** (attempt - 1), 15_000));
      if (stopping) return;
      try {
        const next = await launchJvm(config, password, log);
        if (stopping) return void (await stopJvm(next, log));
        jvm = next;
        watch(next);
        log.warn({ attempt, pid: next.child.pid }, 'bundled Neo4j relaunched');
        return;
      } catch (err) {
        log.error({ err, attempt, of: config.maxRestarts }, 'relaunching the bundled Neo4j failed');
      }
    }
    healthy = false;
    log.fatal(
      `the bundled Neo4j could not be relaunched after ${config.maxRestarts} tries; liveness now fails so that the service is restarted`,
    );
  };

  const watch = (running: RunningJvm) =>
    running.child.once('exit', (code, signal) => {
      process.removeListener('exit', running.killOnExit);
      if (stopping) return;
      log.error({ code, signal, pid: running.child.pid }, 'the bundled Neo4j exited unexpectedly; relaunching it');
      void relaunch();
    });
  watch(jvm);

  return {
    uri: jvm.uri,
    get pid() {
      return jvm.child.pid!;
    },
    get healthy() {
      return healthy;
    },
    stop: async () => {
      stopping = true;
      if (pause) {
        clearTimeout(pause.timer);
        pause.resolve();
      }
      await stopJvm(jvm, log);
    },
  };
}

/**
 * Refuses in milliseconds what would otherwise fail after a full JVM start with a stack trace:
 * a data folder whose store another bundled Neo4j holds, or a port another program listens on.
 */
async function assertFolderAndPortFree(config: LocalNeo4jConfig): Promise<void> {
  const lease = readLiveLease(config.dataDir);
  if (lease) {
    throw new LocalNeo4jError(
      `The data folder ${config.dataDir} is in use by the bundled Neo4j of process ${lease.ownerPid} (Bolt on port ${lease.port}). ` +
        `Stop that service first, share its database with NEO4J_URI=bolt://127.0.0.1:${lease.port}, ` +
        'or give this one another folder with NEO4J_LOCAL_DATA_DIR.',
    );
  }
  if (await isPortListening(config.port)) {
    throw new LocalNeo4jError(
      `Port ${config.port} is already taken by another program, so the bundled Neo4j cannot listen on it. ` +
        'Stop that program, choose another port with NEO4J_LOCAL_PORT, or set NEO4J_URI to use a Neo4j that is already running.',
    );
  }
}

/** The line that says why the JVM failed: the innermost "Caused by", else the first line. */
function rootCause(stderrTail: string[]): string {
  const causes = stderrTail.filter((line) => line.startsWith('Caused by:'));
  return (causes.at(-1) ?? stderrTail.find((line) => line.trim()) ?? 'no output').replace(/^Caused by: /, '');
}

async function launchJvm(config: LocalNeo4jConfig, password: string, log: Logger): Promise<RunningJvm> {
  ensureLauncherBuilt(log);
  fs.mkdirSync(config.dataDir, { recursive: true });
  await assertFolderAndPortFree(config);
  log.info({ port: config.port, dataDir: config.dataDir }, 'starting the bundled Neo4j');

  const java = [
    'java',
    `-Xmx${config.heapMb}m`,
    '-XX:+UseSerialGC',
    '-cp',
    `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
    'local.neo4j.Launcher',
  ];
  // Through nice(1), which execs java, so that every JVM thread inherits the niceness (setting
  // it on the process afterwards would change only its main thread) and the pid stays the JVM's.
  const [command, ...args] = config.niceness > 0 ? ['nice', '-n', String(config.niceness), ...java] : java;
  const child = spawn(command!, args, {
    // stdin stays open as a lifeline: the JVM exits when it closes, i.e. when we die.
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_LOCAL_HOME: config.dataDir,
      NEO4J_LOCAL_PORT: String(config.port),
      NEO4J_LOCAL_PASSWORD: password,
      NEO4J_LOCAL_PAGECACHE_MB: String(config.pageCacheMb),
    },
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  if (child.pid) {
    writeLease(config.dataDir, child.pid, config.port);
    const jvmPid = child.pid;
    child.once('exit', () => releaseLease(config.dataDir, jvmPid));
  }

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
    log.debug({ neo4j: line }, 'neo4j-local');
  });

  const started = Date.now();
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(
          `The bundled Neo4j was not ready within ${config.startTimeoutMs} ms (NEO4J_LOCAL_START_TIMEOUT_MS).\n${stderrTail.join('\n')}`,
        ),
      );
    }, config.startTimeoutMs);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY_MARKER)) {
        clearTimeout(timer);
        resolve(line.slice(READY_MARKER.length).trim());
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Could not start java: ${err.message}. Install JDK 17 or set NEO4J_URI.`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      log.debug({ neo4jOutput: stderrTail.join('\n') }, 'the bundled Neo4j failed to start');
      reject(
        new LocalNeo4jError(
          `The bundled Neo4j exited before it was ready (code ${code}, signal ${signal}): ${rootCause(stderrTail)}. ` +
            'Run with LOG_LEVEL=debug to see its output.',
        ),
      );
    });
  });
  log.info({ uri, pid: child.pid, ms: Date.now() - started, dataDir: config.dataDir }, 'bundled Neo4j ready');

  return { uri, child, killOnExit };
}

async function stopJvm({ child, killOnExit }: RunningJvm, log: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log.warn('bundled Neo4j did not stop in time; killing it');
    child.kill('SIGKILL');
  }, STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
  process.removeListener('exit', killOnExit);
  log.info('bundled Neo4j stopped');
}
