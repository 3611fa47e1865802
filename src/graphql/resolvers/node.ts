import { findEntityById } from '../../data/entities';
import { findReportById } from '../../data/summary';
import { LABEL_OF_KIND } from '../../model/vocabulary';
import type { Resolvers } from '../../generated/graphql';
import { selectedEntity } from '../selection';

/** Relay `node(id:)`: ids carry their kind as a prefix, so one look-up answers. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, { db }, info) =>
      id.startsWith('report/') ? findReportById(db, id) : findEntityById(db, id, selectedEntity(info)),
  },
  Node: {
    __resolveType: (node) => ('kind' in node ? (LABEL_OF_KIND[node.kind] as 'Person') : 'Report'),
  },
};
