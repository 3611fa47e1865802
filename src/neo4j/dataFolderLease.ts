import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * Who runs the bundled Neo4j on a data folder. Neo4j locks its store while it runs, and a second
 * JVM on the same folder fails only after a long start (with a Java stack trace). The process
 * that launches the JVM writes this note beside the store, so a second service or a command can
 * tell in milliseconds that the folder is taken, by whom, and on which port.
 */
export interface DataFolderLease {
  /** The JVM holding the store lock. */
  jvmPid: number;
  /** The Node process that launched it (the service or a command). */
  ownerPid: number;
  port: number;
  since: string;
}

const LEASE_FILE = 'bundled-neo4j.json';
const LAUNCHER_CLASS = 'local.neo4j.Launcher';

const leasePath = (dataDir: string) => path.join(dataDir, LEASE_FILE);

/** True when the process exists and, where /proc tells, is the launcher's JVM (not a reused pid). */
function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else; still a live holder.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return true;
  }
}

/** The live lease on the folder, or undefined when nobody (alive) holds it. */
export function readLiveLease(dataDir: string): DataFolderLease | undefined {
  let lease: DataFolderLease;
  try {
    lease = JSON.parse(fs.readFileSync(leasePath(dataDir), 'utf8')) as DataFolderLease;
  } catch {
    return undefined;
  }
  return Number.isInteger(lease.jvmPid) && isLauncherAlive(lease.jvmPid) ? lease : undefined;
}

export function writeLease(dataDir: string, jvmPid: number, port: number): void {
  const lease: DataFolderLease = { jvmPid, ownerPid: process.pid, port, since: new Date().toISOString() };
  fs.writeFileSync(leasePath(dataDir), `${JSON.stringify(lease)}\n`);
}

/** Removes the lease if it is still the given JVM's (a relaunch may have replaced it). */
export function releaseLease(dataDir: string, jvmPid: number): void {
  try {
    const lease = JSON.parse(fs.readFileSync(leasePath(dataDir), 'utf8')) as DataFolderLease;
    if (lease.jvmPid === jvmPid) fs.rmSync(leasePath(dataDir), { force: true });
  } catch {
    // Already gone.
  }
}

/** True when something accepts TCP connections on the local port (answers within a short bound). */
export function isPortListening(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: timeoutMs });
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}
