import { listFacts, type FactQuery } from '../../data/facts';
import type { FactFilter, QueryResolvers, Resolvers } from '../../generated/graphql';
import { sectionOf } from '../../model/sections';
import { ARGUMENT_MAXIMA, decodeCursor, encodeCursor, nonEmptyText, pageSize, sectionNumberArgument } from '../arguments';
import { claimFields, resolveAsOf } from '../claims';
import { badUserInput } from '../errors';
import { pageInfoOf } from '../pageInfo';
import { selectedEntity } from '../selection';

/** The largest item number a section may have (the dataset format's bound). */
const MAX_ITEM = 99;

/** Checks a fact filter and turns it into the data layer's; names any bad field. */
function toFactQuery(filter: FactFilter): FactQuery {
  const query: FactQuery = {};
  const nonEmptyList = <T>(name: keyof FactFilter, list: T[] | null | undefined): T[] | undefined => {
    if (list === null || list === undefined) return undefined;
    if (list.length === 0) throw badUserInput(`filter.${name}`, 'must name at least one value');
    return list;
  };
  const text = (name: keyof FactFilter, value: string | null | undefined) =>
    value === null || value === undefined ? undefined : nonEmptyText(`filter.${name}`, value);
  const set = <K extends keyof FactQuery>(key: K, value: FactQuery[K] | undefined) => {
    if (value !== undefined) query[key] = value;
  };
  set('types', nonEmptyList('types', filter.types));
  set('fromKinds', nonEmptyList('fromKinds', filter.fromKinds));
  set('toKinds', nonEmptyList('toKinds', filter.toKinds));
  set('from', text('from', filter.from));
  set('to', text('to', filter.to));
  set('report', text('report', filter.report));
  set('quoteContains', text('quoteContains', filter.quoteContains));
  if (filter.section !== null && filter.section !== undefined) {
    query.section = sectionOf(sectionNumberArgument('filter.section', filter.section));
  }
  if (filter.item !== null && filter.item !== undefined) {
    if (query.section === undefined) throw badUserInput('filter.item', 'needs filter.section: item numbers restart in every section');
    if (!Number.isInteger(filter.item) || filter.item < 1 || filter.item > MAX_ITEM) {
      throw badUserInput('filter.item', `must be between 1 and ${MAX_ITEM}, got ${filter.item}`);
    }
    query.item = filter.item;
  }
  return query;
}

const Query: QueryResolvers = {
  facts: async (_root, args, { db }, info) => {
    const first = pageSize('first', args.first, 20, ARGUMENT_MAXIMA['Query.facts(first:)']);
    const after = decodeCursor('after', args.after);
    const query = args.filter ? toFactQuery(args.filter) : {};
    const asOf = await resolveAsOf(db, args.asOf);
    if (asOf) query.known = asOf.known;
    const page = await listFacts(
      db,
      query,
      first,
      after,
      { from: selectedEntity(info, ['edges', 'node', 'from'], asOf), to: selectedEntity(info, ['edges', 'node', 'to'], asOf) },
      asOf,
    );
    const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return { edges, totalCount: page.totalCount, pageInfo: pageInfoOf(edges, page.hasNextPage, after) };
  },
};

/** A fact's claim fields, derived from its reports (graphql/claims.ts), wherever a fact is served. */
export const factResolvers: Resolvers = { Query, Fact: claimFields, Relation: claimFields };
