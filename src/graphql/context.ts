import type { Database } from '../neo4j/driver';
import type { Logger } from '../logger';

/** What every resolver receives: the database handle and a request-scoped logger. */
export interface GraphQLContext {
  db: Database;
  log: Logger;
}
