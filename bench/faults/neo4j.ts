import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { isPortListening } from '../../src/neo4j/dataFolderLease';
import { createExecutor } from '../../src/neo4j/executor';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/localNeo4j';
import { sleep, trackJvm, untrackJvm } from './cleanup';

/** When a start made Neo4j usable (performance.now() times). */
export interface Started {
  /** The first moment its Bolt port accepted a TCP connection (it may not serve yet). */
  listeningAt: number;
  /** The first moment a Bolt client of the bench's own could log in and run a query. */
  answeringAt: number;
  /** When the launcher said it is ready (after also setting the password). */
  readyAt: number;
}

const silent = createLogger('silent');

/**
 * A Neo4j the bench starts and stops under a service that reaches it by NEO4J_URI: the project's
 * own launcher on a folder and port of this run. An outage is a SIGKILL (the database is gone at
 * once, as after a crash), followed by telling the launcher's supervisor not to relaunch it.
 */
export class ControlledNeo4j {
  private running: LocalNeo4j | undefined;
  private readonly config;

  constructor(
    port: number,
    dataDir: string,
    readonly password: string,
  ) {
    // A generous start bound: on a busy 2-core machine a JVM start has taken over two minutes.
    this.config = { ...loadConfig({}).neo4j.local, port, dataDir, startTimeoutMs: 600_000 };
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.config.port}`;
  }

  /**
   * Starts it and watches, meanwhile, when its port first accepts TCP and when a client first
   * gets a query answered: Neo4j opens its port well before it serves on a busy machine, so
   * "accepting connections again" is taken to be the latter.
   */
  async start(): Promise<Started> {
    let listeningAt: number | undefined;
    let answeringAt: number | undefined;
    let abandoned = false;
    const listening = (async () => {
      while (!abandoned && listeningAt === undefined) {
        if (await isPortListening(this.config.port, 250)) listeningAt = performance.now();
        else await sleep(20);
      }
    })();
    const client = createExecutor(
      {
        uri: this.uri,
        username: 'neo4j',
        password: this.password,
        database: 'neo4j',
        connectionTimeoutMs: 1000,
        retryTimeMs: 0,
        statementTimeoutMs: 5000,
        datasetTimeoutMs: 5000,
      },
      silent,
    );
    const answering = (async () => {
      while (!abandoned && answeringAt === undefined) {
        try {
          await client.read('RETURN 1 AS one');
          answeringAt = performance.now();
        } catch {
          await sleep(50);
        }
      }
    })();
    try {
      this.running = await startLocalNeo4j(this.config, this.password, silent);
      trackJvm(this.running.pid);
      const readyAt = performance.now();
      // The launcher's ready line implies that queries are answered, at the latest a moment later.
      await Promise.race([answering, sleep(60_000)]);
      return { listeningAt: listeningAt ?? readyAt, answeringAt: answeringAt ?? readyAt, readyAt };
    } finally {
      abandoned = true;
      await Promise.all([listening, answering]);
      await client.close();
    }
  }

  /** Kills the JVM with SIGKILL; resolves once it is dead, with the moment it was killed. */
  async kill(): Promise<number> {
    const running = this.running;
    this.running = undefined;
    if (!running) return performance.now();
    const pid = running.pid;
    process.kill(pid, 'SIGKILL');
    const killedAt = performance.now();
    // Marks it as stopping before its exit is seen, so that its supervisor does not relaunch it.
    await running.stop();
    untrackJvm(pid);
    return killedAt;
  }

  /** A graceful stop at the end of a phase. */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (!running) return;
    await running.stop();
    untrackJvm(running.pid);
  }
}
