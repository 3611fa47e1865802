import { spawnSync } from 'node:child_process';
import os from 'node:os';

/**
 * Optional CPU pinning (BENCH_CLIENT_CPUS, e.g. "1"): the load generator (this process, all its
 * threads) runs only on those CPUs and every server the bench starts (the service, and the
 * bundled Neo4j it launches, which inherits its affinity; the stock server) only on the others.
 * On a 2-core machine that halves the servers' CPU, but no answer is late because the client
 * took the server's core: what remains is the server's own delay.
 */
export interface Pinning {
  clientCpus: number[];
  serverCpus: number[];
}

export function pinningFromEnvironment(raw = process.env.BENCH_CLIENT_CPUS): Pinning | undefined {
  if (raw === undefined || raw === '') return undefined;
  const cores = os.cpus().length;
  const clientCpus = raw.split(',').map((part) => Number(part.trim()));
  if (clientCpus.some((cpu) => !Number.isInteger(cpu) || cpu < 0 || cpu >= cores))
    throw new Error(`BENCH_CLIENT_CPUS must list CPU numbers from 0 to ${cores - 1}, separated by commas (got "${raw}")`);
  const serverCpus = [...Array(cores).keys()].filter((cpu) => !clientCpus.includes(cpu));
  if (serverCpus.length === 0) throw new Error(`BENCH_CLIENT_CPUS="${raw}" leaves no CPU for the servers`);
  return { clientCpus, serverCpus };
}

/** Moves every thread of this process onto the client's CPUs. */
export function pinThisProcess(pinning: Pinning): void {
  const result = spawnSync('taskset', ['--all-tasks', '--cpu-list', '--pid', pinning.clientCpus.join(','), String(process.pid)], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`taskset could not pin the load generator: ${result.stderr || result.error?.message}`);
}

/** The command and arguments that run `command` on the servers' CPUs (unchanged without pinning). */
export function onServerCpus(pinning: Pinning | undefined, command: string, args: string[]): [string, string[]] {
  if (!pinning) return [command, args];
  return ['taskset', ['--cpu-list', pinning.serverCpus.join(','), command, ...args]];
}
