import fs from 'node:fs';
import path from 'node:path';
import { parse, OperationTypeNode, Kind, type OperationDefinitionNode } from 'graphql';
import { PROJECT_ROOT } from '../src/config';
import { createApolloServer } from '../src/graphql/apollo';
import type { Database } from '../src/neo4j/driver';
import { seedGraph } from '../src/seed/seedGraph';
import { clearGraph, openTestDatabase, quietLog, SEED_DIR } from './support/testEnv';

/**
 * The performance contract of the API: every root field runs one Cypher statement however deep
 * its selection, and every statement is index-backed (no AllNodesScan in its plan).
 */

const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'examples', 'operations');
const operations = fs
  .readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(OPERATIONS_DIR, f), 'utf8') }));

const VARIABLES: Record<string, Record<string, unknown>> = {
  CompetitionResults: { id: 'competition/national-skills-competition-1' },
  PersonRecord: { name: '杨珍华' },
  EntityPage: { kind: 'AWARD', first: 10 },
  Overview: {},
  Search: { query: '珍' },
  Dashboard: {},
  Connections: { from: 'person/yang-zhenhua', to: 'person/chen-ying', centre: 'person/xu-zhe' },
  AwardsWon: { filter: { levelAtLeast: 'PROVINCIAL', recipientKind: 'PERSON' }, first: 10 },
};

interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
}

let db: Database;
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

/** Runs an operation through Apollo with a database handle that records every statement. */
async function run(text: string, variables: Record<string, unknown>) {
  const recorded: Recorded[] = [];
  const counting: Database = {
    ...db,
    read: (cypher, params = {}) => {
      recorded.push({ cypher, params });
      return db.read(cypher, params);
    },
    write: (cypher, params = {}) => {
      recorded.push({ cypher, params });
      return db.write(cypher, params);
    },
  };
  const response = await apollo.executeOperation({ query: text, variables }, { contextValue: { db: counting, log: quietLog } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult, recorded };
}

function rootFieldCount(text: string): number {
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.operation !== OperationTypeNode.QUERY) throw new Error('expected a query');
  return operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length;
}

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

describe.each(operations)('canonical operation $file', ({ file, text }) => {
  const name = file.replace(/\.graphql$/, '');

  it('answers without errors and runs at most one statement per root field', async () => {
    const { result, recorded } = await run(text, VARIABLES[name] ?? {});
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBeLessThanOrEqual(rootFieldCount(text));
  });

  it('uses indexes: no statement plans an AllNodesScan', async () => {
    const { recorded } = await run(text, VARIABLES[name] ?? {});
    for (const { cypher, params } of recorded) {
      const profiled = await db.read(`PROFILE ${cypher}`, params);
      const plan = profiled.summary.profile;
      if (!plan) throw new Error('no profile returned');
      expect({ cypher, operators: operators(plan as never).filter((op) => op.includes('AllNodesScan')) }).toEqual({ cypher, operators: [] });
    }
  });
});
