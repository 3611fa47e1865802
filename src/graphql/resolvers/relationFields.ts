import type { GraphQLFieldResolver } from 'graphql';
import { listRelations } from '../../data/entities';
import type { EntityRecord, RelationRecord } from '../../data/model';
import type { PartnershipExtra, PartnershipKind, Resolvers } from '../../generated/graphql';
import type { GraphQLContext } from '../context';
import { pageSize } from '../arguments';
import { toPartnershipFilter } from '../filters';
import { relationTable, TYPED_FIELD_LIMIT, type RelationFieldSpec } from '../relations';
import { compiledKey, MAX_RELATIONS } from '../selection';

interface GenericArgs {
  type?: RelationFieldSpec['type'];
  direction?: RelationFieldSpec['direction'];
  first?: number | null;
  includeParts?: boolean | null;
  kinds?: PartnershipKind[] | null;
  include?: PartnershipExtra[] | null;
}

/** Each other end once, in the list's order: several facts may join the same two entities. */
function distinctOthers(list: RelationRecord[]): EntityRecord[] {
  const seen = new Set<string>();
  return list.flatMap(({ other }) => (seen.has(other.id) ? [] : (seen.add(other.id), [other])));
}

/**
 * Resolves a relationship field from the lists its root field already fetched. Only an entity
 * that reached the field some other way triggers a query of its own.
 */
function relationFieldResolver(typeName: string, spec: RelationFieldSpec): GraphQLFieldResolver<EntityRecord, GraphQLContext, GenericArgs> {
  const shape = (list: RelationRecord[]) => {
    if (spec.shape === 'relation') return list;
    return spec.single ? (list[0]?.other ?? null) : distinctOthers(list);
  };
  // Synchronous when the list was fetched with the root field (nearly always): a promise per
  // field and entity would cost graphql-js a microtask round each, for nothing.
  return (entity, args, { db }, info) => {
    const responseKey = String(info.path.key);
    const compiled = entity.__relations?.[compiledKey(typeName, responseKey)] ?? entity.__relations?.[compiledKey('Entity', responseKey)];
    if (compiled) return shape(compiled);
    return listRelations(db, entity.id, {
      types: spec.generic ? (args.type ? [args.type] : null) : spec.type ? [spec.type, ...(spec.alsoTypes ?? [])] : null,
      direction: spec.generic ? (args.direction ?? null) : spec.direction,
      first: spec.generic ? pageSize('first', args.first, 50, MAX_RELATIONS) : spec.single ? 1 : TYPED_FIELD_LIMIT,
      includeParts: spec.generic && args.includeParts === true,
      ...(spec.partnershipFilter ? { partnership: toPartnershipFilter(args) } : {}),
    }).then(shape);
  };
}

/** Resolvers for every field the schema declares with @relation, on every concrete type. */
export const relationFieldResolvers: Resolvers = Object.fromEntries(
  [...relationTable()]
    .filter(([, declared]) => !declared.abstract)
    .map(([typeName, declared]) => [
      typeName,
      Object.fromEntries([...declared.fields].map(([field, spec]) => [field, relationFieldResolver(typeName, spec)])),
    ]),
);
