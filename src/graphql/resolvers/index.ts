import type { Resolvers } from '../../generated/graphql';
import { awardResolvers } from './awards';
import { curationResolvers } from './curation';
import { entityResolvers } from './entities';
import { graphResolvers } from './graph';
import { nodeResolvers } from './node';
import { partnershipResolvers } from './partnerships';
import { searchResolvers } from './search';
import { statisticsResolvers } from './statistics';
import { summaryResolvers } from './summary';

/** Merges the per-domain resolver maps (each owns distinct fields). */
export const resolvers: Resolvers = {
  ...entityResolvers,
  ...nodeResolvers,
  SearchHit: searchResolvers.SearchHit,
  GraphEdge: graphResolvers.GraphEdge,
  Query: {
    ...entityResolvers.Query,
    ...nodeResolvers.Query,
    ...summaryResolvers.Query,
    ...awardResolvers.Query,
    ...searchResolvers.Query,
    ...graphResolvers.Query,
    ...statisticsResolvers.Query,
    ...partnershipResolvers.Query,
    ...curationResolvers.Query,
  },
  Mutation: curationResolvers.Mutation,
};
