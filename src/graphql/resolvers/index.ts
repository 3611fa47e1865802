import type { Resolvers } from '../../generated/graphql';
import { awardResolvers } from './awards';
import { curationResolvers } from './curation';
import { entityResolvers } from './entities';
import { factResolvers } from './facts';
import { graphResolvers } from './graph';
import { historyResolvers } from './history';
import { partnershipResolvers } from './partnerships';
import { peopleResolvers } from './people';
import { relationFieldResolvers } from './relationFields';
import { reportResolvers } from './reports';
import { searchResolvers } from './search';
import { seriesResolvers } from './series';
import { statisticsResolvers } from './statistics';
import { summaryResolvers } from './summary';

/**
 * Every module's resolver map, merged by Apollo. A unit test checks that each module of this
 * folder is listed and that every root field of the schema has a resolver.
 */
export const resolvers: Resolvers[] = [
  awardResolvers,
  curationResolvers,
  entityResolvers,
  factResolvers,
  graphResolvers,
  historyResolvers,
  partnershipResolvers,
  peopleResolvers,
  relationFieldResolvers,
  reportResolvers,
  searchResolvers,
  seriesResolvers,
  statisticsResolvers,
  summaryResolvers,
];
