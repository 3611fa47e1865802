import { listPartnerships } from '../../data/partnerships';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, nonEmptyText, pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  partnerships: (_root, args, { db }, info) => {
    if (args.kinds && args.kinds.length === 0) throw badUserInput('kinds', 'must name at least one kind');
    return listPartnerships(
      db,
      nonEmptyText('of', args.of ?? 'org/college'),
      args.kinds ?? null,
      pageSize('first', args.first, 100, ARGUMENT_MAXIMA['Query.partnerships(first:)']),
      selectedEntity(info, ['other']),
    );
  },
};

export const partnershipResolvers: Resolvers = { Query };
