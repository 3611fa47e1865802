import { isCjk, looseNameKey, nameKey, textTokens } from '../model/names';

/**
 * Turns what a user types into what one search statement needs: a Lucene query that finds the
 * candidates in the full-text indexes (cjk analyzer: Chinese as overlapping bigrams, Latin as
 * lower-cased words), and the keys and units that rank them. Every token is escaped, so no
 * input can change the query's structure.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const escapeLucene = (text: string) => text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/**
 * A piece of the query whose presence in an entity's searchable text covers some of the query:
 * a pair of adjacent Chinese characters (covering both), a lone Chinese character, or a word
 * (written with a leading space, as it must start a word of the text).
 */
export interface SearchUnit {
  text: string;
  positions: number[];
}

export interface CompiledSearch {
  /** Finds every candidate: any bigram, lone character or word (or word prefix) of the query. */
  lucene: string;
  /** The query as a whole name (see model/names.ts), and as it appears inside a longer one. */
  key: string;
  phrase: string;
  /** The query without edition, year and the like, or null when nothing remains. */
  loose: string | null;
  units: SearchUnit[];
  /** How many positions (Chinese characters and words) the query has. */
  size: number;
}

/** Longer queries are ranked by their first units only; this bounds the clauses Lucene receives. */
const MAX_UNITS = 64;

/** The query's units, each once, with the positions (characters, words) it covers. */
export function searchUnits(tokens: string[]): { units: SearchUnit[]; size: number } {
  const byText = new Map<string, number[]>();
  const add = (text: string, positions: number[]) => byText.set(text, [...(byText.get(text) ?? []), ...positions]);
  let at = 0;
  for (const token of tokens) {
    if (!isCjk(token)) add(` ${token}`, [at++]);
    else if (token.length === 1) add(token, [at++]);
    else {
      const chars = [...token];
      for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!, [at + i, at + i + 1]);
      at += chars.length;
    }
  }
  const units = [...byText].slice(0, MAX_UNITS).map(([text, positions]) => ({ text, positions: [...new Set(positions)] }));
  return { units, size: at };
}

/** The Lucene clause that finds a unit: a bigram as a term, a lone character or a word also as a prefix. */
function luceneClause(unit: SearchUnit): string {
  const text = unit.text.trim();
  const escaped = escapeLucene(text);
  // The index holds bigrams, so a lone character is found as the start of one.
  if (isCjk(text)) return text.length === 1 ? `${escaped}*` : `"${escaped}"`;
  // A single Latin letter as a prefix would match nearly every word.
  return text.length === 1 ? escaped : `${escaped} OR ${escaped}*`;
}

export function compileSearch(text: string): CompiledSearch | null {
  const tokens = textTokens(text);
  if (tokens.length === 0) return null;
  const { units, size } = searchUnits(tokens);
  // A whole Chinese run as a phrase as well, so that candidates holding all of it score highest.
  const phrases = tokens.filter((t) => isCjk(t) && t.length > 2).map((t) => `"${escapeLucene(t)}"^2`);
  const key = nameKey(text);
  return {
    lucene: [...phrases, ...units.map(luceneClause)].join(' OR '),
    key,
    phrase: isCjk(key) ? key : ` ${key}`,
    loose: looseNameKey(text),
    units,
    size,
  };
}

/** Positions of the query that `text` (searchable text, see model/names.ts keyedText) covers. */
export function coveredPositions(text: string, units: SearchUnit[]): Set<number> {
  const padded = ` ${text}`;
  return new Set(units.filter((u) => padded.includes(u.text)).flatMap((u) => u.positions));
}
