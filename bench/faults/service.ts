import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { CONFIG_VARIABLES, PROJECT_ROOT } from '../../src/config';
import { gone, trackGroup, untrackGroup } from './cleanup';
import { onServerCpus, pinningFromEnvironment } from './pinning';
import { progress } from './report';

/** A JSON log line of the service, with the moment the bench read it (performance.now()). */
export interface LogRecord {
  msg: string;
  level: number;
  readAt: number;
  [field: string]: unknown;
}

/** Log messages worth showing as progress (start-up and supervision milestones). */
const MILESTONES =
  /^(starting the bundled Neo4j|bundled Neo4j ready|bundled Neo4j relaunched|the bundled Neo4j exited|listening; preparing|empty database: loaded|the database went away|GraphQL API ready|start-up failed)/;

interface Waiter {
  pattern: RegExp;
  from: number;
  resolve: (record: LogRecord) => void;
  reject: (err: Error) => void;
}

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** False when the bench did not ask it to stop: the kind of exit issue #10 counts. */
  requested: boolean;
}

/** The service's environment: the caller's minus every setting of the service, plus `settings`. */
function serviceEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  return {
    ...env,
    NODE_ENV: 'development',
    PORT: '0',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE_MS: '0',
    // A generous bound for the bundled Neo4j's start: a busy 2-core machine has needed minutes.
    NEO4J_LOCAL_START_TIMEOUT_MS: '600000',
    ...settings,
  };
}

/** Compiles the service (`npm run build -- --if-stale`), as `npm start` does before it runs. */
export function ensureBuilt(): void {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--if-stale'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (${build.status ?? build.signal})`);
}

/**
 * The service as an operator runs it (`npm start`: the compiled `dist/main.js`, built by the
 * caller with `ensureBuilt`), in its own process group
 * (with the bundled Neo4j it may start), so that an exit is visible and the whole group can be
 * killed whatever happens. Its JSON log lines are kept for the phases to wait on.
 */
export class Service {
  readonly records: LogRecord[] = [];
  exit: ServiceExit | undefined;
  readonly exited: Promise<ServiceExit>;
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private waiters: Waiter[] = [];
  private stopRequested = false;

  /** `name` prefixes the service's milestones in the progress output. */
  constructor(
    private readonly name: string,
    settings: Record<string, string>,
  ) {
    const [command, args] = onServerCpus(pinningFromEnvironment(), process.execPath, ['dist/main.js']);
    this.child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: serviceEnvironment(settings),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.once('error', (err) => this.keep(`could not run the service: ${err.message}`));
    if (!this.child.pid) throw new Error('could not spawn the service');
    trackGroup(this.child.pid);
    readline.createInterface({ input: this.child.stdout! }).on('line', (line) => this.read(line));
    readline.createInterface({ input: this.child.stderr! }).on('line', (line) => this.keep(line));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal, requested: this.stopRequested };
        const waiters = this.waiters;
        this.waiters = [];
        for (const waiter of waiters)
          waiter.reject(new Error(`the service exited (${this.describeExit()}) while waiting for "${waiter.pattern.source}"`));
        resolve(this.exit);
      }),
    );
  }

  get pid(): number {
    return this.child.pid!;
  }

  get unexpectedExit(): boolean {
    return this.exit !== undefined && !this.exit.requested;
  }

  /** The GraphQL URL, known once the service logged that it listens. */
  get url(): string {
    const listening = this.records.find((r) => typeof r.url === 'string');
    if (!listening) throw new Error('the service has not said where it listens yet');
    return listening.url as string;
  }

  describeExit(): string {
    return this.exit ? `code ${this.exit.code}, signal ${this.exit.signal}` : 'running';
  }

  /**
   * The errors it logged from record `from` on, by message, most frequent first: what lies
   * behind the INTERNAL_SERVER_ERROR answers a client saw.
   */
  errorsSince(from: number): string {
    const counts = new Map<string, number>();
    for (const r of this.records.slice(from)) {
      if (r.level < 50) continue;
      const err = r.err as { type?: string; message?: string } | undefined;
      // Pool figures differ in every message; without them the same failure counts as one.
      const message = String(err?.message)
        .replace(/ Pool status: .*/, '')
        .slice(0, 160);
      const text = `${r.msg}${err ? `: ${err.type ?? 'Error'}: ${message}` : ''}`;
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([text, count]) => `${count} × ${text}`)
      .join('; ');
  }

  /** The last lines of output, to show when something went wrong. */
  lastLines(count = 15): string {
    return this.tail.slice(-count).join('\n');
  }

  /** The first log record from index `from` on whose message matches, waiting up to `timeoutMs`. */
  waitForLog(pattern: RegExp, timeoutMs: number, from = 0): Promise<LogRecord> {
    const found = this.records.slice(from).find((r) => pattern.test(r.msg));
    if (found) return Promise.resolve(found);
    if (this.exit) return Promise.reject(new Error(`the service has exited (${this.describeExit()})`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`the service did not log "${pattern.source}" within ${timeoutMs} ms; its last lines:\n${this.lastLines()}`));
      }, timeoutMs);
      const waiter: Waiter = {
        pattern,
        from,
        resolve: (record) => {
          clearTimeout(timer);
          resolve(record);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * SIGTERM, as an orchestrator would stop it; the group is killed after `graceMs` or at once
   * when the process has exited, so that nothing of it (its JVM) stays behind.
   */
  async stop(graceMs = 30_000): Promise<ServiceExit> {
    this.stopRequested = true;
    if (!this.exit) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.killGroup(), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    this.killGroup();
    if (await gone(-this.pid, 10_000)) untrackGroup(this.pid);
    return exit;
  }

  private killGroup(): void {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // The group has gone.
    }
  }

  private keep(line: string): void {
    this.tail.push(line);
    if (this.tail.length > 50) this.tail.shift();
  }

  private read(line: string): void {
    this.keep(line);
    let record: LogRecord;
    try {
      const parsed = JSON.parse(line) as { msg?: unknown; level?: unknown };
      record = { ...parsed, msg: String(parsed.msg ?? ''), level: Number(parsed.level ?? 30), readAt: performance.now() };
    } catch {
      return;
    }
    const index = this.records.push(record) - 1;
    if (MILESTONES.test(record.msg) || (record.msg === 'waiting for Neo4j' && record.attempt === 1)) {
      progress(`  ${this.name}: ${record.msg.replace(/; explorer at .*/, '')}`);
    }
    for (const waiter of [...this.waiters]) {
      if (index >= waiter.from && waiter.pattern.test(record.msg)) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(record);
      }
    }
  }
}
