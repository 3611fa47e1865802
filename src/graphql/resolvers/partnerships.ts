import { listPartnerships } from '../../data/partnerships';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, entityId, pageSize } from '../arguments';
import { toPartnershipFilter } from '../filters';
import { resolveAsOf } from '../claims';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  partnerships: async (_root, args, { db }, info) => {
    return listPartnerships(
      db,
      {
        ...toPartnershipFilter(args),
        organizationId: entityId('of', (args.of ?? 'org/college').trim()),
        includeParts: args.includeParts === true,
        first: pageSize('first', args.first, 100, ARGUMENT_MAXIMA['Query.partnerships(first:)']),
      },
      selectedEntity(info, ['other'], await resolveAsOf(db, args.asOf)),
    );
  },
};

export const partnershipResolvers: Resolvers = { Query };
