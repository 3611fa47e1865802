import { getGraphSummary } from '../../data/summary';
import type { Resolvers } from '../../generated/graphql';

export const summaryResolvers: Resolvers = {
  Query: {
    graphSummary: (_root, _args, { db }) => getGraphSummary(db),
  },
};
