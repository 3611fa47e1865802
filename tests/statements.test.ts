import { parse, OperationTypeNode, Kind, type OperationDefinitionNode } from 'graphql';
import { createApolloServer } from '../src/graphql/apollo';
import type { Executor } from '../src/neo4j/executor';
import { seedGraph } from '../src/seed/seedGraph';
import { canonicalOperations, runRecorded } from './support/recording';
import { clearGraph, openTestDatabase, quietLog, SEED_DIR } from './support/testEnv';

/**
 * The performance contract of the API: every root field runs one Cypher statement however deep
 * its selection, and every statement is index-backed (no AllNodesScan in its plan).
 */

let db: Executor;
const apollo = createApolloServer({ production: false, log: quietLog });

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await seedGraph(db, SEED_DIR);
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
});

function rootFieldCount(text: string): number {
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.operation !== OperationTypeNode.QUERY) throw new Error('expected a query');
  return operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length;
}

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

describe.each(canonicalOperations())('canonical operation $name', ({ text, variables }) => {
  it('answers without errors and runs at most one statement per root field', async () => {
    const { result, recorded } = await runRecorded(apollo, db, text, variables);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBeLessThanOrEqual(rootFieldCount(text));
  });

  it('uses indexes: no statement plans an AllNodesScan', async () => {
    const { recorded } = await runRecorded(apollo, db, text, variables);
    for (const { cypher, params } of recorded) {
      const profiled = await db.read(`PROFILE ${cypher}`, params);
      const plan = profiled.summary.profile;
      if (!plan) throw new Error('no profile returned');
      expect({ cypher, operators: operators(plan as never).filter((op) => op.includes('AllNodesScan')) }).toEqual({
        cypher,
        operators: [],
      });
    }
  });
});
