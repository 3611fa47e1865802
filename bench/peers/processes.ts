import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { CONFIG_VARIABLES, PROJECT_ROOT } from '../../src/config';
import { gone, trackGroup, untrackGroup } from '../faults/cleanup';

/**
 * A server of the benchmark as a child process in its own process group (so that the group is
 * killed whatever happens: at the end, on Ctrl-C, on an error), with its output kept for
 * diagnosis and its CPU time and memory read from /proc.
 */
export class ServerProcess {
  readonly exited: Promise<void>;
  exitDescription: string | undefined;
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private readonly lineWaiters: { test: (line: string) => string | undefined; resolve: (value: string) => void }[] = [];

  constructor(
    readonly name: string,
    args: string[],
    env: Record<string, string>,
  ) {
    this.child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: childEnvironment(env),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (!this.child.pid) throw new Error(`could not start ${name}`);
    trackGroup(this.child.pid);
    readline.createInterface({ input: this.child.stdout! }).on('line', (line) => this.read(line));
    readline.createInterface({ input: this.child.stderr! }).on('line', (line) => this.read(line));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.exitDescription = `code ${code}, signal ${signal}`;
        resolve();
      }),
    );
  }

  get pid(): number {
    return this.child.pid!;
  }

  lastLines(count = 15): string {
    return this.tail.slice(-count).join('\n');
  }

  /** Resolves with what `test` extracts from the first output line it accepts (lines already read count). */
  waitForLine(test: (line: string) => string | undefined, timeoutMs: number): Promise<string> {
    for (const line of this.tail) {
      const found = test(line);
      if (found !== undefined) return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name} was not ready within ${timeoutMs} ms:\n${this.lastLines()}`)),
        timeoutMs,
      );
      void this.exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${this.exitDescription}) before it was ready:\n${this.lastLines()}`));
      });
      this.lineWaiters.push({
        test,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  }

  /** SIGTERM, then the whole group is killed once the process has exited or after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.exitDescription) this.child.kill('SIGTERM');
    const timer = setTimeout(() => killGroup(this.pid), graceMs);
    await this.exited;
    clearTimeout(timer);
    killGroup(this.pid);
    if (await gone(-this.pid, 10_000)) untrackGroup(this.pid);
  }

  private read(line: string): void {
    this.tail.push(line);
    if (this.tail.length > 200) this.tail.shift();
    for (const waiter of [...this.lineWaiters]) {
      const found = waiter.test(line);
      if (found === undefined) continue;
      this.lineWaiters.splice(this.lineWaiters.indexOf(waiter), 1);
      waiter.resolve(found);
    }
  }
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // The group has gone.
  }
}

/** The caller's environment without any setting of the service, plus `env`: every server gets only what the bench decides. */
function childEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [...CONFIG_VARIABLES, 'DEBUG', 'NODE_OPTIONS']) delete base[name];
  return { ...base, ...env };
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (100 on Linux unless configured otherwise). */
const CLOCK_TICKS = (() => {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(answer.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/** User plus system CPU time a process has used, in milliseconds (its threads included: the JVM's too). */
export function cpuMillis(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and parentheses; the fields after its closing one are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

/** Resident memory now and at its peak, in MB (VmRSS and VmHWM of /proc/<pid>/status). */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * The process listening on a local TCP port (from /proc/net/tcp{,6} and the processes' open
 * sockets), to read the CPU time of a Neo4j the bench did not start; undefined when it is not
 * visible from here.
 */
export function listeningPid(port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is field 1 (address:port), st field 3 (0A = LISTEN), inode field 9.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${entry}/fd`)) {
        const target = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return Number(entry);
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return undefined;
}
