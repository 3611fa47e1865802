import { countAwardsBy, topRecipients } from '../../data/statistics';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { toAwardQuery } from '../filters';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  awardStatistics: (_root, args, { db }, info) =>
    countAwardsBy(
      db,
      args.groupBy,
      args.filter ? toAwardQuery(args.filter, 'filter', 1) : {},
      pageSize('awardsPerBucket', args.awardsPerBucket, 20, ARGUMENT_MAXIMA['Query.awardStatistics(awardsPerBucket:)']),
      selectedEntity(info, ['awards']),
    ),
  topRecipients: (_root, args, { db }, info) => {
    if (args.kinds && args.kinds.length === 0) throw badUserInput('kinds', 'must name at least one kind');
    return topRecipients(
      db,
      args.filter ? toAwardQuery(args.filter, 'filter', 1) : {},
      args.kinds ?? null,
      pageSize('first', args.first, 10, ARGUMENT_MAXIMA['Query.topRecipients(first:)']),
      selectedEntity(info, ['entity']),
      selectedEntity(info, ['awards']),
    );
  },
};

export const statisticsResolvers: Resolvers = {
  Query,
  // The deprecated name of awardCount.
  AwardBucket: { count: (bucket) => bucket.awardCount },
};
