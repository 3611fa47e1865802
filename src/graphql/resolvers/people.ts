import { listRoles } from '../../data/people';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, entityId, nonEmptyText, pageSize } from '../arguments';
import { claimFields, resolveAsOf } from '../claims';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  roles: async (_root, args, { db }, info) => {
    const asOf = await resolveAsOf(db, args.asOf);
    return listRoles(
      db,
      {
        role: args.role === null || args.role === undefined ? null : nonEmptyText('role', args.role),
        holder: args.holder === null || args.holder === undefined ? null : entityId('holder', args.holder),
        at: args.at === null || args.at === undefined ? null : entityId('at', args.at),
      },
      pageSize('first', args.first, 50, ARGUMENT_MAXIMA['Query.roles(first:)']),
      selectedEntity(info, ['holder'], asOf),
      selectedEntity(info, ['at'], asOf),
      asOf,
    );
  },
};

export const peopleResolvers: Resolvers = { Query, HeldRole: claimFields };
