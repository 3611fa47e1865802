import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { routing } from 'neo4j-driver';
import { LABEL_OF_KIND, type EntityKind } from '../../../src/model/vocabulary';
import { announce, peerEnvironment } from '../peerEnvironment';
import { HANDWRITTEN } from './statements';

/**
 * The hand-written Apollo Server 5 peer: the service's own schema (so the canonical documents
 * run unchanged), and for each canonical operation one hand-written statement that fetches
 * exactly what the document selects (./statements.ts). Nested fields use graphql-js's default
 * resolvers on the shaped result. No limits, no auth, no logging: the floor for a GraphQL layer.
 */

const { driver, database, host, port } = peerEnvironment();

const answer: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = async (_root, args, _context, info) => {
  const operation = HANDWRITTEN[info.operation.name?.value ?? ''];
  if (!operation || operation.rootField !== info.fieldName) {
    throw new GraphQLError(`this server answers only the benchmark's operations`, { extensions: { code: 'NOT_BENCHMARKED' } });
  }
  const { cypher, params } = operation.statement(args);
  const { records } = await driver.executeQuery(cypher, params, { database, routing: routing.READ });
  return operation.shape(records, args);
};

const resolveType = (value: { kind: EntityKind }) => LABEL_OF_KIND[value.kind];

async function main(): Promise<void> {
  // The bench starts peers in the project's root folder.
  const typeDefs = fs.readFileSync(path.resolve('src', 'generated', 'schema.graphql'), 'utf8');
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: { entity: answer, awards: answer, search: answer, entities: answer },
      Entity: { __resolveType: resolveType },
      Node: { __resolveType: resolveType },
    },
  });
  const { url } = await startStandaloneServer(server, { listen: { host, port } });
  announce(url, driver, () => server.stop());
}

void main();
