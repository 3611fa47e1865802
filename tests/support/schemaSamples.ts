import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';

/** The contract, read from schema/, so schema-driven tests cover fields added later. */
export const contract: GraphQLSchema = buildASTSchema(parse(loadTypeDefs().join('\n')));

/**
 * A value of the given input type that passes GraphQL validation; every String and ID inside
 * is `text` (so a fuzzer can put hostile text everywhere at once).
 */
export function sampleValue(type: GraphQLInputType, text = 'x'): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, text);
  if (isListType(type)) return [sampleValue(type.ofType, text)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type, text)]),
    );
  }
  if (isScalarType(named)) return { Int: 1, Float: 1, Boolean: true }[named.name] ?? text;
  throw new Error(`no sample for ${String(named)}`);
}

/** `op(<vars>) { field(<args>) <minimal selection> }` with variables for every argument. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, text: string) {
  const variables = Object.fromEntries(field.args.map((a) => [a.name, sampleValue(a.type, text)]));
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) ? '' : '{ __typename }';
  const head = declared ? `${kind}(${declared})` : kind;
  return { query: `${head} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`, variables };
}
