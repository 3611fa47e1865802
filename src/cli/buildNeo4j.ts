import { createLogger } from '../logger';
import { ensureLauncherBuilt } from '../neo4j/localNeo4j';

/** `npm run neo4j:build`: fetch Neo4j's jars and compile the launcher ahead of the first start. */
ensureLauncherBuilt(createLogger('info'));
