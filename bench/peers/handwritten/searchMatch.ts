import { matchRuns } from '../../../src/data/search';
import { normaliseText as normaliseSearchText, textTokens as searchTokens } from '../../../src/model/names';
import { highlight } from '../../../src/graphql/highlight';

/**
 * What a search hit shows, computed as the service computes it (src/data/search.ts keeps its own
 * version private): which field matched and the passage with the matching runs in <em>. The
 * hand-written peers do the same work per hit, so that their answers equal the service's.
 */

interface SearchedEntity {
  kind: string;
  name: string;
  nameEn: string;
  aliases: string[] | null;
  pinyinPlain: string | null;
  srcQuote: string[] | null;
}

const containsAll = (text: string, tokens: string[]) => tokens.every((t) => normaliseSearchText(text).includes(t));

export function describeSearchMatch(entity: SearchedEntity, query: string): { matchedField: string; snippet: string } {
  const tokens = searchTokens(query);
  const inQuote = (name: string) => (entity.srcQuote ?? []).find((quote) => quote.includes(name)) ?? name;
  const snippet = (text: string) => highlight({ text, runs: matchRuns(text, tokens) });
  if (containsAll(entity.name, tokens)) return { matchedField: 'NAME', snippet: snippet(inQuote(entity.name)) };
  const alias = (entity.aliases ?? []).find((a) => containsAll(a, tokens));
  if (alias) return { matchedField: 'ALIAS', snippet: snippet(inQuote(alias)) };
  if (entity.kind === 'PERSON' && entity.pinyinPlain && !containsAll(entity.nameEn, tokens)) {
    const prefix = `${entity.name} (`;
    const runs = matchRuns(entity.pinyinPlain, tokens).map(([from, to]): [number, number] => [from + prefix.length, to + prefix.length]);
    return { matchedField: 'PINYIN', snippet: highlight({ text: `${prefix}${entity.pinyinPlain})`, runs }) };
  }
  return { matchedField: 'NAME_EN', snippet: snippet(entity.nameEn) };
}
