import { changeKey, listChanges } from '../../data/history';
import type { QueryResolvers, Resolvers } from '../../generated/graphql';
import { ARGUMENT_MAXIMA, pageSize } from '../arguments';
import { resolveAsOf } from '../claims';
import { badUserInput } from '../errors';
import { pageInfoOf } from '../pageInfo';

/** Cursors are opaque: base64url of the change's key (its id and kind). */
const encode = (key: string) => Buffer.from(`change:${key}`).toString('base64url');
function decode(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('change:')) throw badUserInput('after', 'is not a cursor returned by diff');
  return text.slice('change:'.length);
}

const Query: QueryResolvers = {
  diff: async (_root, args, { db }) => {
    const first = pageSize('first', args.first, 20, ARGUMENT_MAXIMA['Query.diff(first:)']);
    const after = decode(args.after);
    const from = (await resolveAsOf(db, args.from, 'from'))!;
    const to = (await resolveAsOf(db, args.to, 'to'))!;
    const page = await listChanges(db, from, to, first, after);
    const edges = page.items.map((node) => ({ cursor: encode(changeKey(node)), node }));
    return { edges, totalCount: page.totalCount, pageInfo: pageInfoOf(edges, page.hasNextPage, after) };
  },
};

export const historyResolvers: Resolvers = { Query };
