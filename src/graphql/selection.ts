import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { EntitySelection, RelationSelection } from '../data/projection';
import type { RelationType } from '../model/vocabulary';
import { pageSize } from './arguments';
import { badUserInput } from './errors';

/** How deep `relations { other { relations … } }` may nest in one request. */
export const MAX_RELATION_DEPTH = 4;
export const MAX_RELATIONS = 200;
const DEFAULT_RELATIONS = 50;

/** The fields of a selection set, with fragments flattened and @skip/@include applied. */
function collectFields(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, out: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) continue;
    if (getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if === false) continue;
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collectFields(info, selection.selectionSet, out);
    else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collectFields(info, fragment.selectionSet, out);
    }
  }
  return out;
}

function subFields(info: GraphQLResolveInfo, fields: readonly FieldNode[]): FieldNode[] {
  return fields.flatMap((field) => collectFields(info, field.selectionSet));
}

function entitySelection(info: GraphQLResolveInfo, fields: FieldNode[], depth: number): EntitySelection {
  const entityType = info.schema.getType('Entity');
  if (!isInterfaceType(entityType)) throw new Error('schema has no Entity interface');
  const relationsField = entityType.getFields().relations!;
  const byKey = new Map<string, RelationSelection>();
  for (const field of fields) {
    if (field.name.value !== 'relations') continue;
    const key = field.alias?.value ?? field.name.value;
    if (byKey.has(key)) continue; // GraphQL validation guarantees same-key fields agree.
    if (depth >= MAX_RELATION_DEPTH) {
      throw badUserInput('relations', `may nest at most ${MAX_RELATION_DEPTH} levels deep`);
    }
    const args = getArgumentValues(relationsField, field, info.variableValues) as {
      type?: RelationType | null;
      direction?: 'OUTGOING' | 'INCOMING' | null;
      first?: number | null;
    };
    const others = subFields(info, [field]).filter((f) => f.name.value === 'other');
    byKey.set(key, {
      key,
      type: args.type ?? null,
      direction: args.direction ?? null,
      first: pageSize('first', args.first, DEFAULT_RELATIONS, MAX_RELATIONS),
      other: entitySelection(info, subFields(info, others), depth + 1),
    });
  }
  return { relations: [...byKey.values()] };
}

/**
 * What the current field selects below the entity it returns, found by following `path`
 * through the selection (e.g. ['edges', 'node'] for a connection).
 */
export function selectedEntity(info: GraphQLResolveInfo, path: string[] = []): EntitySelection {
  let fields: FieldNode[] = subFields(info, info.fieldNodes);
  for (const name of path) fields = subFields(info, fields.filter((f) => f.name.value === name));
  return entitySelection(info, fields, 0);
}
