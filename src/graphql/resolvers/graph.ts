import { findNeighbourhood, findShortestPaths } from '../../data/graph';
import type { RelationType } from '../../model/vocabulary';
import type { GraphEdgeResolvers, QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, entityId, nonEmptyText, pageSize } from '../arguments';
import { resolveAsOf } from '../claims';
import { badUserInput } from '../errors';
import { selectedEntity } from '../selection';

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
  IN_TRADE: 'won in trade',
  INCLUDES: 'includes trade',
};

/** How many entities `connections` may be asked to avoid. */
const MAX_AVOIDED = 20;

const Query: QueryResolvers = {
  connections: async (_root, args, { db }, info) => {
    const from = nonEmptyText('from', args.from);
    const to = nonEmptyText('to', args.to);
    if (from === to) throw badUserInput('to', 'must differ from "from"');
    const maxHops = pageSize('maxHops', args.maxHops, 4, ARGUMENT_MAXIMA['Query.connections(maxHops:)']);
    const first = pageSize('first', args.first, 5, ARGUMENT_MAXIMA['Query.connections(first:)']);
    if ((args.avoid?.length ?? 0) > MAX_AVOIDED)
      throw badUserInput('avoid', `may name at most ${MAX_AVOIDED} entities, got ${args.avoid!.length}`);
    const avoid = (args.avoid ?? []).map((id, i) => entityId(`avoid[${i}]`, id));
    if (avoid.includes(from) || avoid.includes(to)) throw badUserInput('avoid', 'must not name "from" or "to"');
    if (args.types && args.types.length === 0) throw badUserInput('types', 'must name at least one relationship type');
    if (args.excludeTypes && args.excludeTypes.length === 0) throw badUserInput('excludeTypes', 'must name at least one relationship type');
    return findShortestPaths(
      db,
      { from, to, maxHops, first, avoid, types: args.types ?? null, excludeTypes: args.excludeTypes ?? [] },
      selectedEntity(info, ['nodes'], await resolveAsOf(db, args.asOf)),
    );
  },
  neighbourhood: async (_root, args, { db }, info) => {
    const hops = pageSize('hops', args.hops, 1, ARGUMENT_MAXIMA['Query.neighbourhood(hops:)']) as 1 | 2;
    const maxNodes = pageSize('maxNodes', args.maxNodes, 100, ARGUMENT_MAXIMA['Query.neighbourhood(maxNodes:)']);
    if (args.types && args.types.length === 0) throw badUserInput('types', 'must name at least one relationship type');
    const id = nonEmptyText('id', args.id);
    const asOf = await resolveAsOf(db, args.asOf);
    return findNeighbourhood(db, id, hops, maxNodes, args.types ?? null, selectedEntity(info, ['nodes'], asOf));
  },
};

const GraphEdge: GraphEdgeResolvers = {
  label: (edge) => EDGE_LABEL[edge.type],
};

export const graphResolvers: Resolvers = { Query, GraphEdge };
