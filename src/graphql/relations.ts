import {
  buildASTSchema,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import type { RelationType } from '../model/vocabulary';
import { loadTypeDefs } from './schema';

/**
 * The traversal table, read from the `@relation` directives of the schema: which fields follow
 * which relationships. The selection compiler and the relationship-field resolvers both use it,
 * so a field declared in schema/ is fetched in its root field's statement with no code to add.
 */

export interface RelationFieldSpec {
  /** Fixed relationship type, or null: from the field's `type` argument (generic) or any. */
  type: RelationType | null;
  /** Further types followed the same way (`alsoTypes:`), present only when declared. */
  alsoTypes?: RelationType[];
  /** Fixed direction, or null: from the `direction` argument (generic) or both ways. */
  direction: 'OUTGOING' | 'INCOMING' | null;
  /** `relation` returns Relation objects (facts with their properties); `entity` the other ends. */
  shape: 'relation' | 'entity';
  /** Returns the first other end only (or null). */
  single: boolean;
  /** Takes `type`, `direction` and `first` arguments (the generic `relations` field). */
  generic: boolean;
  /** Takes the `kinds` and `include` arguments of a partnership list (PARTNERED_WITH facts). */
  partnershipFilter?: boolean;
}

export interface RelationFields {
  /** Declared on an interface: concrete types repeat the field with their own declaration. */
  abstract: boolean;
  fields: ReadonlyMap<string, RelationFieldSpec>;
}

export type RelationTable = ReadonlyMap<string, RelationFields>;

/** Cap on typed list fields, which take no `first` argument. */
export const TYPED_FIELD_LIMIT = 200;

export function readRelationTable(schema: GraphQLSchema): RelationTable {
  const directive = schema.getDirective('relation');
  if (!directive) throw new Error('the schema does not define @relation');
  const table = new Map<string, RelationFields>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const fields = new Map<string, RelationFieldSpec>();
    for (const field of Object.values(type.getFields())) {
      const declared =
        field.astNode &&
        (getDirectiveValues(directive, field.astNode) as
          { type?: RelationType; alsoTypes?: RelationType[]; direction?: 'OUTGOING' | 'INCOMING' } | undefined);
      if (!declared) continue;
      fields.set(field.name, {
        type: declared.type ?? null,
        ...(declared.alsoTypes && declared.alsoTypes.length > 0 ? { alsoTypes: declared.alsoTypes } : {}),
        direction: declared.direction ?? null,
        shape: getNamedType(field.type).name === 'Relation' ? 'relation' : 'entity',
        single: !isListType(getNullableType(field.type)),
        generic: declared.type === undefined && field.args.some((arg) => arg.name === 'type'),
        ...(declared.type === 'PARTNERED_WITH' && field.args.some((arg) => arg.name === 'include') ? { partnershipFilter: true } : {}),
      });
    }
    if (fields.size > 0) table.set(type.name, { abstract: isInterfaceType(type), fields });
  }
  return table;
}

let contractTable: RelationTable | undefined;

/** The table of the service's own contract (schema/), read once at start-up. */
export function relationTable(): RelationTable {
  contractTable ??= readRelationTable(buildASTSchema(parse(loadTypeDefs().join('\n'))));
  return contractTable;
}
