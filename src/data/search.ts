import type { Executor } from '../neo4j/executor';
import type { EntityKind } from '../model/vocabulary';
import { SEARCH_INDEX } from './codec';
import { toEntityRecord } from './entities';
import type { EntityRecord } from './model';
import { CypherParams, cypherInt, entityProjection, type EntitySelection } from './projection';
import { buildLuceneQuery, normaliseSearchText, searchTokens } from './searchQuery';

/** Data access for full-text search across every kind of entity. */

export type SearchField = 'NAME' | 'ALIAS' | 'NAME_EN' | 'PINYIN';

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  matchedField: SearchField;
  /** Where the match is, for a result list to show (the GraphQL layer renders it as the snippet). */
  match: TextMatch;
}

/** A passage and the runs of it that match the query, as [start, end) offsets. */
export interface TextMatch {
  text: string;
  runs: [number, number][];
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The runs of `text` where any token occurs (compared without case or tones), merged where they touch. */
export function matchRuns(text: string, tokens: string[]): [number, number][] {
  const folded = normaliseSearchText(text);
  // Tone marks and case folding keep one character per character here, so offsets line up.
  if (folded.length !== text.length) return [];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const token of tokens) {
    const latin = !CJK_CHAR.test(token);
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
      // Latin tokens match words and word prefixes, as the index does, not letters mid-word.
      if (latin && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) continue;
      for (let i = at; i < at + token.length; i++) marks[i] = true;
    }
  }
  const runs: [number, number][] = [];
  marks.forEach((marked, i) => {
    if (!marked) return;
    const last = runs.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1]);
  });
  return runs;
}

const containsAll = (text: string, tokens: string[]) => tokens.every((t) => normaliseSearchText(text).includes(t));

const matchIn = (text: string, tokens: string[]): TextMatch => ({ text, runs: matchRuns(text, tokens) });

/** Decides which field matched and which passage a result list shows for it. */
function describeMatch(entity: EntityRecord, tokens: string[]): Pick<SearchHitRecord, 'matchedField' | 'match'> {
  const inQuote = (name: string) => entity.sources.find((s) => s.quote.includes(name))?.quote ?? name;
  if (containsAll(entity.name, tokens)) return { matchedField: 'NAME', match: matchIn(inQuote(entity.name), tokens) };
  const alias = entity.aliases.find((a) => containsAll(a, tokens));
  if (alias) return { matchedField: 'ALIAS', match: matchIn(inQuote(alias), tokens) };
  if (entity.kind === 'PERSON' && !containsAll(entity.nameEn, tokens)) {
    // The name, then its pinyin in brackets with the matching syllables marked.
    const prefix = `${entity.name} (`;
    const runs = matchRuns(entity.pinyinPlain, tokens).map(([from, to]): [number, number] => [from + prefix.length, to + prefix.length]);
    return { matchedField: 'PINYIN', match: { text: `${prefix}${entity.pinyinPlain})`, runs } };
  }
  return { matchedField: 'NAME_EN', match: matchIn(entity.nameEn, tokens) };
}

export async function searchEntities(
  db: Executor,
  text: string,
  kinds: EntityKind[] | null,
  first: number,
  selection: EntitySelection,
): Promise<SearchHitRecord[] | null> {
  const lucene = buildLuceneQuery(text);
  if (lucene === null) return null;
  const params = new CypherParams();
  const index = params.add(SEARCH_INDEX);
  const query = params.add(lucene);
  const kindList = params.add(kinds);
  const limit = params.add(cypherInt(first));
  // Every property: which field matched, and the snippet, are worked out from the whole entity.
  const projection = entityProjection('node', { ...selection, properties: null }, params);
  const result = await db.read(
    `CALL db.index.fulltext.queryNodes(${index}, ${query}) YIELD node, score
     WHERE ${kindList} IS NULL OR node.kind IN ${kindList}
     WITH node, score ORDER BY score DESC, node.id LIMIT ${limit}
     RETURN ${projection} AS entity, score`,
    params.values,
  );
  const tokens = searchTokens(text);
  return result.records.map((r) => {
    const entity = toEntityRecord(r.get('entity') as Record<string, unknown>, selection);
    return { entity, score: r.get('score') as number, ...describeMatch(entity, tokens) };
  });
}
