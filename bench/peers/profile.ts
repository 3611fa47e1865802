import fs from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { createApolloServer } from '../../src/graphql/apollo';
import { RateLimiter } from '../../src/graphql/rateLimit';
import { createLogger } from '../../src/logger';
import type { Statement } from '../../src/neo4j/executor';
import type { SharedDatabase } from './database';
import { HANDWRITTEN } from './handwritten/statements';
import { neo4jGraphqlRequest } from './neo4jGraphql/operations';
import { canonicalDocument, exampleVariables, type OperationName } from './operations';
import type { Peer } from './servers';

/**
 * Db hits per statement (PROFILE) of what each server runs for an operation's canonical
 * variables: for the service, the statements its executor runs (seen through the executor's
 * observer, with the service's own Apollo server in this process); for @neo4j/graphql, the
 * statements it generates (seen through the transaction it is given); for the hand-written
 * servers, their statement.
 */

export interface StatementProfile {
  statements: number;
  dbHits: number;
  rows: number;
}

type Captured = { cypher: string; params: Record<string, unknown> };

function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

async function profileAll(database: SharedDatabase, statements: Captured[]): Promise<StatementProfile> {
  let dbHits = 0;
  let rows = 0;
  for (const { cypher, params } of statements) {
    const result = await database.db.read(`PROFILE ${cypher}`, params);
    const plan = result.summary.profile;
    if (!plan) throw new Error('PROFILE returned no plan');
    dbHits += sumDbHits(plan);
    rows += result.records.length;
  }
  return { statements: statements.length, dbHits, rows };
}

async function serviceStatements(database: SharedDatabase, operation: OperationName): Promise<Captured[]> {
  const log = createLogger('silent');
  const apollo = createApolloServer({ production: true, log });
  await apollo.start();
  const captured: Captured[] = [];
  try {
    const db = database.db.scoped({ requestId: 'bench-peers-profile', onStatement: (s: Statement) => captured.push(s) });
    const response = await apollo.executeOperation(
      { query: canonicalDocument(operation), variables: exampleVariables(operation) },
      { contextValue: { db, log, requestId: 'bench-peers-profile', auth: { kind: 'anonymous' }, mutationLimiter: new RateLimiter(1e9) } },
    );
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(`the service failed ${operation}: ${JSON.stringify(response.body)}`);
    }
  } finally {
    await apollo.stop();
  }
  return captured;
}

async function neo4jGraphqlStatements(database: SharedDatabase, operation: OperationName): Promise<Captured[]> {
  const driver = neo4j.driver(database.uri, neo4j.auth.basic(database.username, database.password));
  const captured: Captured[] = [];
  try {
    const typeDefs = fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'peers', 'neo4jGraphql', 'typeDefs.graphql'), 'utf8');
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
    const { query, variables } = neo4jGraphqlRequest(operation, exampleVariables(operation));
    const session = driver.session({ database: database.database, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction();
    try {
      // The library runs its statements on a transaction it is given; this one notes them first.
      const observed = {
        run: (cypher: string, params: Record<string, unknown>) => {
          captured.push({ cypher, params });
          return tx.run(cypher, params);
        },
      };
      // Run twice: the first request of a process also asks for Neo4j's version, which is not per request.
      for (let i = 0; i < 2; i++) {
        captured.length = 0;
        const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { executionContext: observed } });
        if (result.errors) throw new Error(`@neo4j/graphql failed ${operation}: ${JSON.stringify(result.errors)}`);
      }
    } finally {
      await tx.rollback();
      await session.close();
    }
  } finally {
    await driver.close();
  }
  return captured;
}

function handwrittenStatements(operation: OperationName): Captured[] {
  return [HANDWRITTEN[operation]!.statement(exampleVariables(operation))].map(({ cypher, params }) => ({ cypher, params }));
}

/** Profiles of every server's statements per operation (the raw server runs the hand-written statement). */
export async function profileStatements(
  database: SharedDatabase,
  operations: readonly OperationName[],
): Promise<Record<OperationName, Record<Peer, StatementProfile>>> {
  const profiles = {} as Record<OperationName, Record<Peer, StatementProfile>>;
  for (const operation of operations) {
    const handwritten = await profileAll(database, handwrittenStatements(operation));
    profiles[operation] = {
      service: await profileAll(database, await serviceStatements(database, operation)),
      neo4jGraphql: await profileAll(database, await neo4jGraphqlStatements(database, operation)),
      handwritten,
      raw: handwritten,
    };
  }
  return profiles;
}
