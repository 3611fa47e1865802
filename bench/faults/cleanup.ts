import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Everything a run starts (services in their own process groups, JVMs this process launched,
 * temporary folders), so that a failed or interrupted run leaves nothing behind.
 */
const groups = new Set<number>();
const jvms = new Set<number>();
const folders = new Set<string>();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const trackGroup = (pgid: number) => groups.add(pgid);
export const untrackGroup = (pgid: number) => groups.delete(pgid);
export const trackJvm = (pid: number) => jvms.add(pid);
export const untrackJvm = (pid: number) => jvms.delete(pid);

/** A new empty folder under the system's temporary folder, removed at the end of the run. */
export function tempFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.add(folder);
  return folder;
}

export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  folders.delete(folder);
}

/** True while the process (or, for a negative number, any member of the process group) exists. */
export function exists(target: number): boolean {
  try {
    process.kill(target, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until the process or group is gone; false if it is still there after `ms`. */
export async function gone(target: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (exists(target)) {
    if (Date.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

/** Kills whatever is still running (SIGKILL), removes the folders; returns what would not die. */
export async function killEverything(): Promise<string[]> {
  const targets = [...[...groups].map((pgid) => -pgid), ...jvms];
  for (const target of targets) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  const left: string[] = [];
  for (const target of targets) {
    if (!(await gone(target, 10_000))) left.push(target < 0 ? `process group ${-target}` : `process ${target}`);
  }
  groups.clear();
  jvms.clear();
  for (const folder of [...folders]) removeFolder(folder);
  return left;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
