import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { entityPropertiesFor, factPropertiesFor } from '../data/codec';
import type { AsOf } from '../data/model';
import type { EntitySelection, RelationSelection } from '../data/projection';
import { LABEL_OF_KIND, type RelationType } from '../model/vocabulary';
import { ARGUMENT_MAXIMA, pageSize } from './arguments';
import { badUserInput } from './errors';
import { toPartnershipFilter } from './filters';
import { relationTable, TYPED_FIELD_LIMIT } from './relations';

/** How deep relationship fields may nest in one request. */
export const MAX_RELATION_DEPTH = 4;
export const MAX_RELATIONS = ARGUMENT_MAXIMA['Entity.relations(first:)'];
const DEFAULT_RELATIONS = 50;
const ENTITY_LABELS = new Set<string>(Object.values(LABEL_OF_KIND));

/** A field of a selection, with the type it was selected on (fragments refine it). */
interface Selected {
  field: FieldNode;
  typeName: string;
}

/** The fields of a selection set, with fragments flattened and @skip/@include applied. */
function collectFields(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  typeName: string,
  out: Selected[] = [],
): Selected[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.if === true) continue;
    if (getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.if === false) continue;
    if (selection.kind === Kind.FIELD) out.push({ field: selection, typeName });
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectFields(info, selection.selectionSet, selection.typeCondition?.name.value ?? typeName, out);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collectFields(info, fragment.selectionSet, fragment.typeCondition.name.value, out);
    }
  }
  return out;
}

function fieldDefinition(info: GraphQLResolveInfo, selected: Selected): GraphQLField<unknown, unknown> | undefined {
  const type = info.schema.getType(selected.typeName);
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[selected.field.name.value] : undefined;
}

/** The sub-fields of the given fields, each typed by its parent field's return type. */
function subFields(info: GraphQLResolveInfo, fields: Selected[]): Selected[] {
  return fields.flatMap((selected) => {
    const definition = fieldDefinition(info, selected);
    if (!definition) return [];
    return collectFields(info, selected.field.selectionSet, getNamedType(definition.type).name);
  });
}

/** Key under which a compiled list is stored on its entity (see resolvers/relationFields.ts). */
export const compiledKey = (typeName: string, responseKey: string) => `${typeName}.${responseKey}`;

/** Field names of a selection, for the codec to turn into the stored properties they read. */
const namesOf = (fields: Selected[]) => fields.map((f) => f.field.name.value);

/** The named type of `typeName`'s field `field` (e.g. Relation.other → Entity). */
function fieldTypeName(info: GraphQLResolveInfo, typeName: string, field: string): string {
  const type = info.schema.getType(typeName);
  const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[field] : undefined;
  return definition ? getNamedType(definition.type).name : typeName;
}

/**
 * `parentType` is the type the fields were selected on. When it is an object type, every entity
 * there has its label, so a list selected on it needs no label check in Cypher (one db hit per
 * entity and list); on an interface (Entity), a field of one implementing type keeps it.
 */
function entitySelection(info: GraphQLResolveInfo, fields: Selected[], depth: number, parentType: string): EntitySelection {
  const byKey = new Map<string, RelationSelection>();
  const table = relationTable();
  const scalars: Selected[] = [];
  const labelKnown = isObjectType(info.schema.getType(parentType));
  for (const selected of fields) {
    const spec = table.get(selected.typeName)?.fields.get(selected.field.name.value);
    if (!spec) {
      scalars.push(selected);
      continue;
    }
    const key = compiledKey(selected.typeName, selected.field.alias?.value ?? selected.field.name.value);
    if (byKey.has(key)) continue; // GraphQL validation guarantees same-key fields agree.
    if (depth >= MAX_RELATION_DEPTH) {
      throw badUserInput(selected.field.name.value, `relationship fields may nest at most ${MAX_RELATION_DEPTH} levels deep`);
    }
    let { type, direction } = spec;
    let first = spec.single ? 1 : TYPED_FIELD_LIMIT;
    let includeParts = false;
    if (spec.generic) {
      const args = getArgumentValues(fieldDefinition(info, selected)!, selected.field, info.variableValues) as {
        type?: RelationType | null;
        direction?: 'OUTGOING' | 'INCOMING' | null;
        first?: number | null;
        includeParts?: boolean | null;
      };
      type = args.type ?? null;
      direction = args.direction ?? null;
      first = pageSize('first', args.first, DEFAULT_RELATIONS, MAX_RELATIONS);
      includeParts = args.includeParts === true;
    }
    const partnership = spec.partnershipFilter
      ? toPartnershipFilter(getArgumentValues(fieldDefinition(info, selected)!, selected.field, info.variableValues))
      : undefined;
    const below = subFields(info, [selected]);
    // Relation-shaped fields reach the other entity through `other`; entity-shaped ones directly.
    const isRelation = spec.shape === 'relation';
    const otherFields = isRelation
      ? subFields(
          info,
          below.filter((f) => f.field.name.value === 'other'),
        )
      : below;
    const listType = getNamedType(fieldDefinition(info, selected)!.type).name;
    const otherType = isRelation ? fieldTypeName(info, listType, 'other') : listType;
    byKey.set(key, {
      key,
      onlyLabel: ENTITY_LABELS.has(selected.typeName) && !labelKnown ? selected.typeName : null,
      type,
      ...(spec.alsoTypes && type ? { alsoTypes: spec.alsoTypes } : {}),
      direction,
      first,
      factProperties: factPropertiesFor(isRelation ? namesOf(below) : []),
      ...(includeParts ? { includeParts } : {}),
      ...(partnership ? { partnership } : {}),
      other: entitySelection(info, otherFields, depth + 1, otherType),
    });
  }
  return { properties: entityPropertiesFor(namesOf(scalars)), relations: [...byKey.values()] };
}

/**
 * What the current field selects below the entities it returns, found by following `path`
 * through the selection (e.g. ['edges', 'node'] for a connection).
 */
export function selectedEntity(info: GraphQLResolveInfo, path: string[] = [], asOf: AsOf | null = null): EntitySelection {
  let fields = collectFields(info, info.fieldNodes[0]?.selectionSet, getNamedType(info.returnType).name);
  for (const fieldNode of info.fieldNodes.slice(1)) {
    collectFields(info, fieldNode.selectionSet, getNamedType(info.returnType).name, fields);
  }
  let typeName = getNamedType(info.returnType).name;
  for (const name of path) {
    fields = subFields(
      info,
      fields.filter((f) => f.field.name.value === name),
    );
    typeName = fieldTypeName(info, typeName, name);
  }
  const selection = entitySelection(info, fields, 0, typeName);
  return asOf ? { ...selection, asOf } : selection;
}

/**
 * Whether the current field selects any of `names` on the objects found by following `path`
 * (fragments included), e.g. whether a report's sections are asked for, so that the statement
 * reads what they are made from only then.
 */
export function selectsAnyOf(info: GraphQLResolveInfo, path: string[], names: readonly string[]): boolean {
  let fields = info.fieldNodes.flatMap((node) => collectFields(info, node.selectionSet, getNamedType(info.returnType).name));
  for (const name of path)
    fields = subFields(
      info,
      fields.filter((f) => f.field.name.value === name),
    );
  return fields.some((f) => names.includes(f.field.name.value));
}
