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
  /** Where the match is, with each matched token wrapped in <em>…</em> (the rest HTML-escaped). */
  snippet: string;
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Wraps every occurrence of any token (compared without case or tones) in <em>. */
export function highlight(text: string, tokens: string[]): string {
  const folded = normaliseSearchText(text);
  // Tone marks and case folding keep one character per character here, so offsets line up.
  const marks = new Array<boolean>(text.length).fill(false);
  if (folded.length === text.length) {
    for (const token of tokens) {
      const latin = !CJK_CHAR.test(token);
      for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
        // Latin tokens match words and word prefixes, as the index does, not letters mid-word.
        if (latin && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) continue;
        for (let i = at; i < at + token.length; i++) marks[i] = true;
      }
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (marks[i] && !marks[i - 1]) out += '<em>';
    out += escapeHtml(text[i]!);
    if (marks[i] && !marks[i + 1]) out += '</em>';
  }
  return out;
}

const containsAll = (text: string, tokens: string[]) => tokens.every((t) => normaliseSearchText(text).includes(t));

/** Decides which field matched and builds the snippet a result list shows. */
function describeMatch(entity: EntityRecord, tokens: string[]): Pick<SearchHitRecord, 'matchedField' | 'snippet'> {
  const inQuote = (name: string) => entity.sources.find((s) => s.quote.includes(name))?.quote ?? name;
  if (containsAll(entity.name, tokens)) return { matchedField: 'NAME', snippet: highlight(inQuote(entity.name), tokens) };
  const alias = entity.aliases.find((a) => containsAll(a, tokens));
  if (alias) return { matchedField: 'ALIAS', snippet: highlight(inQuote(alias), tokens) };
  if (entity.kind === 'PERSON' && !containsAll(entity.nameEn, tokens)) {
    return { matchedField: 'PINYIN', snippet: `${escapeHtml(entity.name)} (${highlight(entity.pinyinPlain, tokens)})` };
  }
  return { matchedField: 'NAME_EN', snippet: highlight(entity.nameEn, tokens) };
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
  const projection = entityProjection('node', selection, params);
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
