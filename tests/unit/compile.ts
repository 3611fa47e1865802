import { buildASTSchema, graphql, parse, type GraphQLResolveInfo } from 'graphql';
import { CypherParams, entityProjection, type EntitySelection } from '../../src/data/projection';
import { loadTypeDefs } from '../../src/graphql/schema';
import { selectedEntity } from '../../src/graphql/selection';

/** The contract without resolvers: enough to validate operations and hand out resolve infos. */
export const contract = buildASTSchema(parse(loadTypeDefs().join('\n')));

/** One line per line of Cypher, without the indentation of the template it came from. */
export const tidy = (cypher: string) =>
  cypher
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

/** Parameters with Cypher integers as plain numbers, for readable snapshots. */
export const plainParams = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, isInteger(value) ? value.toNumber() : value]));

const isInteger = (value: unknown): value is { toNumber(): number } => typeof value === 'object' && value !== null && 'toNumber' in value;

/**
 * Compiles what `query` selects below its (only) root field, as the resolvers do, then builds
 * the projection of `n` from it. No database: the root field's resolver only captures.
 */
export async function compileSelection(query: string, path: string[] = [], variableValues: Record<string, unknown> = {}) {
  let selection: EntitySelection | undefined;
  let failure: unknown;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    try {
      selection = selectedEntity(info, path);
    } catch (err) {
      failure = err;
    }
    return null;
  };
  const rootValue = new Proxy({}, { get: () => capture });
  const result = await graphql({ schema: contract, source: query, rootValue, variableValues });
  if (failure) throw failure;
  const invalid = result.errors?.find((e) => !e.message.startsWith('Cannot return null'));
  if (invalid) throw invalid;
  if (!selection) throw new Error('the root field was not resolved');
  const params = new CypherParams();
  const cypher = tidy(entityProjection('n', selection, params));
  return { selection, cypher, params: plainParams(params.values) };
}
