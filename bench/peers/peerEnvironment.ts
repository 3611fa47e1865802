import neo4j, { type Driver } from 'neo4j-driver';

/**
 * What every peer server reads from its environment (the bench sets it): the shared Neo4j and
 * the port to listen on. Each peer prints one READY line with its URL on stdout once it serves.
 */
export interface PeerEnvironment {
  driver: Driver;
  database: string;
  host: string;
  port: number;
}

export const READY_LINE = 'PEER READY ';

export function peerEnvironment(): PeerEnvironment {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set');
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    // As the service does: counts come back as JS numbers.
    disableLosslessIntegers: true,
  });
  return {
    driver,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 0),
  };
}

/** Announces the URL and closes the driver on SIGTERM, so that the bench can stop the peer cleanly. */
export function announce(url: string, driver: Driver, stop: () => Promise<void>): void {
  process.stdout.write(`${READY_LINE}${url}\n`);
  process.once('SIGTERM', () => {
    void stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
}
