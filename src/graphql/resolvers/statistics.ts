import { countAwardsBy, topRecipients } from '../../data/statistics';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, pageSize } from '../arguments';
import { resolveAsOf } from '../claims';
import { badUserInput } from '../errors';
import { toAwardQuery } from '../filters';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  awardStatistics: async (_root, args, { db }, info) => {
    const filter = args.filter ? toAwardQuery(args.filter, 'filter', 1) : {};
    const perBucket = pageSize('awardsPerBucket', args.awardsPerBucket, 20, ARGUMENT_MAXIMA['Query.awardStatistics(awardsPerBucket:)']);
    const asOf = await resolveAsOf(db, args.asOf);
    return countAwardsBy(db, args.groupBy, filter, perBucket, selectedEntity(info, ['awards'], asOf));
  },
  topRecipients: async (_root, args, { db }, info) => {
    if (args.kinds && args.kinds.length === 0) throw badUserInput('kinds', 'must name at least one kind');
    const filter = args.filter ? toAwardQuery(args.filter, 'filter', 1) : {};
    const first = pageSize('first', args.first, 10, ARGUMENT_MAXIMA['Query.topRecipients(first:)']);
    const asOf = await resolveAsOf(db, args.asOf);
    return topRecipients(
      db,
      filter,
      args.kinds ?? null,
      first,
      selectedEntity(info, ['entity'], asOf),
      selectedEntity(info, ['awards'], asOf),
    );
  },
};

export const statisticsResolvers: Resolvers = {
  Query,
  // The deprecated name of awardCount.
  AwardBucket: { count: (bucket) => bucket.awardCount },
};
