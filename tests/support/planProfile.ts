import type { ApolloServer } from '@apollo/server';
import type { ProfiledPlan } from 'neo4j-driver';
import type { GraphQLContext } from '../../src/graphql/context';
import type { Executor } from '../../src/neo4j/executor';
import { runRecorded } from './recording';

/**
 * What Neo4j does for one operation: the statements the service runs for it, each run again
 * with PROFILE and the same parameters. Db hits and rows are summed over every operator of the
 * plan (rows: all the rows operators produce, so intermediate work counts, not only what is
 * returned).
 */

export interface Scan {
  operator: string;
  details: string;
}

export interface StatementProfile {
  cypher: string;
  dbHits: number;
  rows: number;
  /** Operators of the plan that read a whole label, index or graph. */
  scans: Scan[];
}

export interface OperationProfile {
  dbHits: number;
  rows: number;
  statements: StatementProfile[];
}

function walk(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(walk)];
}

/**
 * Operators that read every node of the graph, of a label or of an index (NodeIndexScan reads the
 * whole index: a seek is another operator). Neo4j 5 suffixes operator names with `@neo4j`.
 */
const SCAN = /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|NodeIndexScan)/;

export async function profileOperation(
  apollo: ApolloServer<GraphQLContext>,
  db: Executor,
  text: string,
  variables: Record<string, unknown>,
): Promise<OperationProfile> {
  const { result, recorded } = await runRecorded(apollo, db, text, variables);
  if (result.errors) throw new Error(`the operation failed: ${JSON.stringify(result.errors)}`);
  const statements: StatementProfile[] = [];
  // Root fields resolve concurrently, so the order statements start in may vary: sort by text.
  const ordered = [...recorded].sort((a, b) => (a.cypher < b.cypher ? -1 : a.cypher > b.cypher ? 1 : 0));
  for (const { cypher, params } of ordered) {
    const profiled = await db.read(`PROFILE ${cypher}`, params);
    const plan = profiled.summary.profile;
    if (!plan) throw new Error('PROFILE returned no plan');
    const operators = walk(plan);
    statements.push({
      cypher,
      dbHits: operators.reduce((sum, op) => sum + op.dbHits, 0),
      rows: operators.reduce((sum, op) => sum + op.rows, 0),
      // A scan that read nothing never ran: a branch for data not in shape yet (reportSummaries
      // counts on read only a Report node without its counts; data/reportCounts.ts).
      scans: operators
        .filter((op) => SCAN.test(op.operatorType) && op.dbHits + op.rows > 0)
        .map((op) => ({ operator: op.operatorType, details: String(op.arguments.Details ?? '') })),
    });
  }
  return {
    dbHits: statements.reduce((sum, s) => sum + s.dbHits, 0),
    rows: statements.reduce((sum, s) => sum + s.rows, 0),
    statements,
  };
}
