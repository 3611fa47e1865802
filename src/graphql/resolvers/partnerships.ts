import { listPartnerships, type PartnershipCategory } from '../../data/partnerships';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, entityId, pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { resolveAsOf } from '../claims';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  partnerships: async (_root, args, { db }, info) => {
    if (args.kinds && args.kinds.length === 0) throw badUserInput('kinds', 'must name at least one kind');
    if (args.include && args.include.length === 0) throw badUserInput('include', 'must name at least one of MEDIA_COVERAGE, PLATFORM');
    // Naming a kind that is not a partnership asks for it as much as `include` does.
    const categories = new Set<PartnershipCategory>(['PARTNERSHIP', ...(args.include ?? [])]);
    if (args.kinds?.includes('MEDIA_COVERAGE')) categories.add('MEDIA_COVERAGE');
    if (args.kinds?.includes('PLATFORM_INTEGRATION')) categories.add('PLATFORM');
    return listPartnerships(
      db,
      {
        organizationId: entityId('of', (args.of ?? 'org/college').trim()),
        kinds: args.kinds ?? null,
        categories: [...categories],
        includeParts: args.includeParts === true,
        first: pageSize('first', args.first, 100, ARGUMENT_MAXIMA['Query.partnerships(first:)']),
      },
      selectedEntity(info, ['other'], await resolveAsOf(db, args.asOf)),
    );
  },
};

export const partnershipResolvers: Resolvers = { Query };
