import { findEntitiesByName, findEntityById, listEntities } from '../../data/entities';
import { findReportById } from '../../data/reports';
import type { EntityRecord } from '../../data/model';
import { sectionNumber } from '../../model/sections';
import { LABEL_OF_KIND } from '../../model/vocabulary';
import { contextOfSource } from '../quoteContext';
import { needsReportText } from '../reportSections';
import type { ProvenanceResolvers, QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, decodeCursor, encodeCursor, nonEmptyText, pageSize } from '../arguments';
import { resolveAsOf } from '../claims';
import { selectedEntity } from '../selection';
import { pageInfoOf } from '../pageInfo';

/**
 * Root fields compile the whole selection below them (see selection.ts) so that each runs one
 * Cypher statement; nested `relations` then read what was fetched.
 */
const Query: QueryResolvers = {
  // Relay: ids carry their kind as a prefix, so one look-up answers.
  node: async (_root, { id, asOf: given }, { db }, info) => {
    const asOf = await resolveAsOf(db, given);
    if (!id.startsWith('report/')) return findEntityById(db, id, selectedEntity(info, [], asOf));
    return asOf && !asOf.known.includes(id) ? null : findReportById(db, id, needsReportText(info));
  },
  entity: async (_root, { id, asOf }, { db }, info) => findEntityById(db, id, selectedEntity(info, [], await resolveAsOf(db, asOf))),
  entitiesByName: async (_root, { name, kind, asOf }, { db }, info) => {
    const text = nonEmptyText('name', name);
    return findEntitiesByName(db, text, kind ?? null, selectedEntity(info, [], await resolveAsOf(db, asOf)));
  },
  entities: async (_root, args, { db }, info) => {
    const first = pageSize('first', args.first, 20, ARGUMENT_MAXIMA['Query.entities(first:)']);
    const after = decodeCursor('after', args.after);
    const asOf = await resolveAsOf(db, args.asOf);
    const page = await listEntities(db, args.kind, first, after, selectedEntity(info, ['edges', 'node'], asOf));
    const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  },
};

/** The concrete GraphQL type of an entity is its kind's label (Person, Award, …). */
const resolveEntityType = (entity: EntityRecord) => LABEL_OF_KIND[entity.kind] as 'Person';

const Provenance: ProvenanceResolvers = {
  sectionNumber: (source) => sectionNumber(source.section),
  context: (source, _args, context) => contextOfSource(context, source),
};

export const entityResolvers: Resolvers = {
  Query,
  Entity: { __resolveType: resolveEntityType },
  Node: { __resolveType: (node) => ('kind' in node ? resolveEntityType(node) : 'Report') },
  Provenance,
};
