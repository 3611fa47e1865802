import { findNeighbourhood, findShortestPaths, MAX_PATH_HOPS } from '../../data/graph';
import type { RelationType } from '../../model/vocabulary';
import type { GraphEdgeResolvers, QueryResolvers, Resolvers } from '../../generated/graphql';
import { nonEmptyText, pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { selectedEntity } from '../selection';

const MAX_PATHS = 20;
const MAX_NODES = 300;

/** Edge labels for drawing: one short English verb phrase per relationship type. */
const EDGE_LABEL: Record<RelationType, string> = {
  RECEIVED: 'received',
  AT: 'won at',
  COACHED: 'coached',
  AWARDED_BY: 'awarded by',
  MEMBER_OF: 'member of',
  PART_OF: 'part of',
  HELD_ROLE: 'held role at',
  PARTNERED_WITH: 'partnered with',
  PARTICIPATED_IN: 'took part in',
  HOSTED: 'hosted',
  ORGANISED: 'organised',
  SPONSORED: 'sponsored',
  MEASURES: 'measures',
  MEASURED_IN: 'measured in',
  POSSIBLY_SAME_AS: 'possibly same as',
  SAME_RESULT_AS: 'same result as',
};

const Query: QueryResolvers = {
  connections: (_root, args, { db }, info) => {
    const from = nonEmptyText('from', args.from);
    const to = nonEmptyText('to', args.to);
    if (from === to) throw badUserInput('to', 'must differ from "from"');
    const maxHops = pageSize('maxHops', args.maxHops, 4, MAX_PATH_HOPS);
    const first = pageSize('first', args.first, 5, MAX_PATHS);
    return findShortestPaths(db, from, to, maxHops, first, selectedEntity(info, ['nodes']));
  },
  neighbourhood: (_root, args, { db }, info) => {
    const hops = pageSize('hops', args.hops, 1, 2) as 1 | 2;
    const maxNodes = pageSize('maxNodes', args.maxNodes, 100, MAX_NODES);
    if (args.types && args.types.length === 0) throw badUserInput('types', 'must name at least one relationship type');
    return findNeighbourhood(db, nonEmptyText('id', args.id), hops, maxNodes, args.types ?? null, selectedEntity(info, ['nodes']));
  },
};

const GraphEdge: GraphEdgeResolvers = {
  label: (edge) => EDGE_LABEL[edge.type],
};

export const graphResolvers: Resolvers = { Query, GraphEdge };
