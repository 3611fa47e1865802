import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio } from 'node:child_process';
import path from 'node:path';

/**
 * Processes a test starts, each in its own process group, killed with everything they started
 * (a service and its JVM) after every test file, whatever its outcome: a failed or timed-out test
 * cannot leave a service holding a port or a store lock for the next one, or keep jest alive.
 * Loaded for every test file by jest's setupFilesAfterEnv.
 */
const running = new Set<ChildProcessWithoutNullStreams>();

export function spawnTracked(command: string, args: string[], options: SpawnOptionsWithoutStdio): ChildProcessWithoutNullStreams {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export function killSpawned(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group has already gone.
    }
  }
  running.clear();
}

if (typeof afterAll === 'function') afterAll(killSpawned);

/**
 * Runs one of the project's commands (`src/cli/<name>.ts`) as a user would, in its own process
 * group, with only the given environment (plus PATH and HOME); resolves with its exit code and
 * everything it printed.
 */
export async function runCommandLine(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawnTracked(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}
