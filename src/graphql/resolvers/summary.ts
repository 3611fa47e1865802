import { getGraphSummary } from '../../data/summary';
import type { Resolvers } from '../../generated/graphql';
import { needsReportText } from '../reportSections';

export const summaryResolvers: Resolvers = {
  Query: {
    graphSummary: (_root, _args, { db }, info) => getGraphSummary(db, needsReportText(info, ['reports'])),
  },
};
