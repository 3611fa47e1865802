import { startApp, type RunningApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { LocalNeo4jError } from './neo4j/localNeo4j';

/** `npm start`: validate configuration, start everything, stop cleanly on Ctrl-C or SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel, config.logFormat);

  // Handlers are in place before start-up, which may wait minutes for Neo4j: a SIGTERM then stops
  // it cleanly instead of killing the process. They stay registered (not `once`): a second Ctrl-C
  // must not kill the process with the default handler while the database is shutting down.
  const startUp = new AbortController();
  const running: { app?: RunningApp } = {};
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, running.app ? 'shutting down' : 'shutting down during start-up');
    if (!running.app) return startUp.abort();
    running.app
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  running.app = await startApp(config, log, { signal: startUp.signal }).catch((err: unknown) => {
    if (startUp.signal.aborted) {
      log.info('stopped before start-up finished');
      process.exit(0);
    }
    // The bundled Neo4j's refusals already say what to do; a stack trace would bury that.
    const explained = err instanceof LocalNeo4jError;
    log.fatal(explained ? {} : { err }, `start-up failed: ${(err as Error).message}`);
    process.exit(1);
  });
}

void main();
