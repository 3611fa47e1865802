import { getGraphSummary } from '../../data/summary';
import type { Resolvers } from '../../generated/graphql';
import { resolveAsOf } from '../claims';
import { needsReportText } from '../reportSections';

export const summaryResolvers: Resolvers = {
  Query: {
    graphSummary: async (_root, args, { db }, info) =>
      getGraphSummary(db, needsReportText(info, ['reports']), await resolveAsOf(db, args.asOf)),
  },
  // Deprecated names of the counts, kept for front ends written before counts were named alike.
  GraphSummary: {
    entityTotal: (summary) => summary.entityCount,
    relationshipTotal: (summary) => summary.relationshipCount,
  },
  KindCount: { count: (kindCount) => kindCount.entityCount },
};
