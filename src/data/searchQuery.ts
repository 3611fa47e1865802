/**
 * Turns what a user types into a Lucene query for the `entity_search` full-text index (cjk
 * analyzer: Chinese as overlapping bigrams, Latin as lower-cased words). Every token is
 * escaped, so no input can change the query's structure.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export const escapeLucene = (text: string) => text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/** Lower-case, full-width to half-width, and tone marks removed (yáng → yang). */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().trim();
}

/** Splits into tokens: runs of CJK characters and runs of letters or digits. */
export function searchTokens(text: string): string[] {
  return normaliseSearchText(text).match(/[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One clause per token, all required. A Chinese token of one character matches as a prefix
 * (the index holds bigrams, so a bare character finds nothing); longer ones match as a phrase
 * of their bigrams, so 杨珍华 does not also find everything containing 珍华. A Latin token
 * matches as a word or, from two letters on, a word prefix (zhen finds Zhenhua).
 */
export function buildLuceneQuery(text: string): string | null {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  return tokens
    .map((token) => {
      const escaped = escapeLucene(token);
      if (CJK.test(token)) return token.length === 1 ? `${escaped}*` : `"${escaped}"`;
      // A single Latin letter as a prefix would match nearly every word.
      return token.length === 1 ? escaped : `(${escaped} OR ${escaped}*)`;
    })
    .join(' AND ');
}
