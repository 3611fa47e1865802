import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { SEARCH_INDEX } from '../../../src/data/codec';
import { announce, peerEnvironment } from '../peerEnvironment';

/**
 * The @neo4j/graphql peer: the library's generated schema from the hand-written type definitions
 * beside this file, served by Apollo Server 5 as the library's documentation does. It reads the
 * same stored graph; the benchmark adapts each canonical operation to this schema
 * (./operations.ts).
 */

const { driver, database, host, port } = peerEnvironment();

async function main(): Promise<void> {
  // The bench starts peers in the project's root folder.
  const typeDefs = fs.readFileSync(path.resolve('bench', 'peers', 'neo4jGraphql', 'typeDefs.graphql'), 'utf8');
  // The library queries the index by name: a renamed index would fail only at the first search.
  if (!typeDefs.includes(`indexName: "${SEARCH_INDEX}"`)) throw new Error(`typeDefs.graphql must name the search index ${SEARCH_INDEX}`);
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host, port },
    context: async () => ({ sessionConfig: { database } }),
  });
  announce(url, driver, () => server.stop());
}

void main();
