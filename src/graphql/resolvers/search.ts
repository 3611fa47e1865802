import { searchEntities } from '../../data/search';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, nonEmptyText, pageSize } from '../arguments';
import { badUserInput } from '../errors';
import { highlight } from '../highlight';
import { resolveAsOf } from '../claims';
import { selectedEntity } from '../selection';

const Query: QueryResolvers = {
  search: async (_root, args, { db }, info) => {
    const query = nonEmptyText('query', args.query);
    const first = pageSize('first', args.first, 20, ARGUMENT_MAXIMA['Query.search(first:)']);
    const asOf = await resolveAsOf(db, args.asOf);
    const hits = await searchEntities(db, query, args.kinds ?? null, first, selectedEntity(info, ['entity'], asOf));
    if (hits === null) throw badUserInput('query', 'contains no letters, digits or Chinese characters to search for');
    return hits;
  },
};

export const searchResolvers: Resolvers = {
  Query,
  SearchHit: { kind: (hit) => hit.entity.kind, snippet: (hit) => highlight(hit.match) },
};
