import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { PROJECT_ROOT } from '../../src/config';
import type { GraphQLContext } from '../../src/graphql/context';
import type { Executor } from '../../src/neo4j/executor';
import { testContext } from './context';

export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** An executor on the same connections that records every statement it runs. */
function recordingDatabase(db: Executor): { recording: Executor; recorded: RecordedStatement[] } {
  const recorded: RecordedStatement[] = [];
  const recording = db.scoped({ onStatement: ({ cypher, params }) => recorded.push({ cypher, params }) });
  return { recording, recorded };
}

/** Runs an operation through Apollo with a database handle that records every statement. */
export async function runRecorded(
  apollo: ApolloServer<GraphQLContext>,
  db: Executor,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const { recording, recorded } = recordingDatabase(db);
  const response = await apollo.executeOperation({ query, variables }, { contextValue: testContext(recording) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { result: response.body.singleResult, http: response.http, recorded };
}

/** Like runRecorded, but a request that Apollo refuses while parsing is reported, not thrown. */
export async function runRecordedOrRefused(
  apollo: ApolloServer<GraphQLContext>,
  db: Executor,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const { recording, recorded } = recordingDatabase(db);
  try {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: testContext(recording) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { errors, data } = response.body.singleResult;
    return { codes: (errors ?? []).map((e) => e.extensions?.code), errors, data, status: response.http.status, recorded };
  } catch (err) {
    // executeOperation throws parse failures (an HTTP request gets a 400 for them).
    return { codes: ['GRAPHQL_PARSE_FAILED'], data: undefined, status: 400, recorded, message: (err as Error).message };
  }
}

/** The canonical client operations, each with its variables file. */
export function canonicalOperations(): { name: string; text: string; variables: Record<string, unknown> }[] {
  const dir = path.join(PROJECT_ROOT, 'examples', 'operations');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => {
      const name = f.replace(/\.graphql$/, '');
      const variables = JSON.parse(fs.readFileSync(path.join(dir, `${name}.variables.json`), 'utf8')) as Record<string, unknown>;
      return { name, text: fs.readFileSync(path.join(dir, f), 'utf8'), variables };
    });
}
