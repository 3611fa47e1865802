import type { Executor } from '../neo4j/executor';
import { isCjk, nameKey, normaliseText } from '../model/names';
import type { EntityKind } from '../model/vocabulary';
import { ROLE_SEARCH_INDEX, SEARCH_INDEX, SEARCHED_FIELDS } from './codec';
import { toEntityRecord } from './entities';
import type { EntityRecord } from './model';
import { CypherParams, cypherInt, entityProjection, visibleAsOf, type EntitySelection } from './projection';
import { compileSearch, coveredPositions, type CompiledSearch, type SearchUnit } from './searchQuery';

/** Data access for full-text search across every kind of entity. */

export type SearchField = 'NAME' | 'ALIAS' | 'NAME_EN' | 'PINYIN' | 'RANK_TEXT' | 'CATEGORY' | 'DISCIPLINE' | 'ROLE';

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

/** A role the entity holds, as a fact states it, with the fact's quotes. */
interface HeldRole {
  role: string | null;
  roleEn: string | null;
  quotes: string[];
}

/**
 * The runs of `text` where any needle occurs (compared without case or tones), merged where
 * they touch. Chinese needles match anywhere; Latin ones at word starts, as the index does.
 */
export function matchRuns(text: string, needles: string[]): [number, number][] {
  const folded = normaliseText(text);
  // Tone marks and case folding keep one character per character here, so offsets line up.
  if (folded.length !== text.length) return [];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const needle of needles) {
    if (needle === '') continue;
    const latin = !isCjk(needle);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const before = folded[at - 1];
      if (latin && before !== undefined && /[\p{L}\p{N}]/u.test(before) && !isCjk(before)) continue;
      for (let i = at; i < at + needle.length; i++) marks[i] = true;
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

/** One searchable value of a hit, the field it belongs to, and the passage that shows it. */
interface Candidate {
  field: SearchField;
  value: string;
  passage: string;
}

/** Every searchable value of a hit, in the order a tie between them is decided. */
function candidates(entity: EntityRecord, roles: HeldRole[]): Candidate[] {
  // A name is shown in the report's sentence that names it; a gloss or pinyin as it is.
  const inQuote = (value: string, quotes = entity.sources.map((s) => s.quote)) => quotes.find((q) => q.includes(value)) ?? value;
  const list: Candidate[] = [
    { field: 'NAME', value: entity.name, passage: inQuote(entity.name) },
    ...entity.aliases.map((alias): Candidate => ({ field: 'ALIAS', value: alias, passage: inQuote(alias) })),
    { field: 'NAME_EN', value: entity.nameEn, passage: entity.nameEn },
  ];
  if (entity.kind === 'PERSON') {
    const { pinyinPlain, pinyinInitials } = entity;
    const forms = [pinyinPlain, pinyinPlain.replace(/ /g, ''), pinyinInitials, pinyinPlain.split(' ').slice(1).join('')];
    list.push(...forms.map((form): Candidate => ({ field: 'PINYIN', value: form, passage: pinyinPlain })));
  }
  const fields = entity as unknown as Record<string, unknown>;
  for (const [property, field] of Object.entries(SEARCHED_FIELDS)) {
    const value = fields[property];
    if (typeof value === 'string') list.push({ field, value, passage: inQuote(value) });
  }
  for (const held of roles) {
    for (const value of [held.role, held.roleEn]) {
      if (value) list.push({ field: 'ROLE', value, passage: inQuote(value, held.quotes) });
    }
  }
  return list;
}

/**
 * Decides which field matched and the passage that shows it: one the query equals, else the one
 * covering most of the query, the first on a tie.
 */
function describeMatch(
  entity: EntityRecord,
  roles: HeldRole[],
  key: string,
  units: SearchUnit[],
): Pick<SearchHitRecord, 'matchedField' | 'match'> {
  const scored = candidates(entity, roles).map((candidate) => {
    const candidateKey = nameKey(candidate.value);
    return { candidate, exact: candidateKey === key, covered: coveredPositions(candidateKey, units).size };
  });
  const better = (next: (typeof scored)[number], best: (typeof scored)[number]) =>
    next.exact !== best.exact ? next.exact : next.covered > best.covered;
  const { field, passage } = scored.reduce((best, next) => (better(next, best) ? next : best)).candidate;
  const needles = units.map((u) => u.text.trim());
  if (field !== 'PINYIN') return { matchedField: field, match: { text: passage, runs: matchRuns(passage, needles) } };
  // The name, then its pinyin in brackets with the matching syllables marked.
  const prefix = `${entity.name} (`;
  const runs = matchRuns(passage, needles).map(([from, to]): [number, number] => [from + prefix.length, to + prefix.length]);
  return { matchedField: 'PINYIN', match: { text: `${prefix}${passage})`, runs } };
}

/** How many hits each index hands over, best Lucene score first, before the kind filter. */
const CANDIDATES = 1000;
/**
 * How many of them, of the kinds asked for, are ranked: the ranking reads each one's facts and
 * text, so at a million entities a common surname or the words of competition names would make
 * it read thousands. Lucene's score already puts the entities that hold the whole query first
 * (its phrase is boosted, see searchQuery.ts), so the best of a page are among them.
 */
const RANKED = 100;

/** The one search statement, its parameters, and the compiled query its hits are described with. */
export interface SearchStatement {
  cypher: string;
  params: Record<string, unknown>;
  compiled: CompiledSearch;
}

/**
 * One statement: the candidates of both indexes (entities by their fields, and the holders of
 * matching roles; of each, the RANKED best by Lucene's score of the kinds asked for), ranked by
 * how they match the query as a whole. Tier 3: the query equals a
 * name, alias, gloss, pinyin form, rank text, category, trade or role; 2: the same name without
 * edition or year (model/names.ts looseNameKey); 1: the query occurs whole inside one of them;
 * 0: some of its words or characters occur. The score is the tier plus the share of the query's
 * positions the entity's searchable text covers (so 4 exact, 2 whole inside, at most 1 partly).
 * Ties go to an entity the query names (二等奖 the award so named before one whose rank text it
 * is), then to Lucene's score, then to the shorter name. Null when the text has nothing to
 * search for. Pure, so that the peer benchmark runs exactly this statement.
 */
export function searchStatement(
  text: string,
  kinds: EntityKind[] | null,
  first: number,
  selection: EntitySelection,
): SearchStatement | null {
  const compiled = compileSearch(text);
  if (compiled === null) return null;
  const params = new CypherParams();
  const [index, roleIndex, lucene, candidatesLimit] = [SEARCH_INDEX, ROLE_SEARCH_INDEX, compiled.lucene, cypherInt(CANDIDATES)].map((v) =>
    params.add(v),
  );
  const kindList = params.add(kinds);
  const ranked = params.add(cypherInt(Math.max(RANKED, first)));
  const wanted = `node:Entity AND (${kindList} IS NULL OR node.kind IN ${kindList})${selection.asOf ? ` AND ${visibleAsOf('node', selection, params)}` : ''}`;
  const key = params.add(compiled.key);
  const exact = params.add(` | ${compiled.key} | `);
  const loose = params.add(compiled.loose);
  const phrase = params.add(compiled.phrase);
  const units = params.add(compiled.units);
  const size = params.add(compiled.size);
  const limit = params.add(cypherInt(first));
  // Every property: which field matched, and the snippet, are worked out from the whole entity.
  const projection = entityProjection('node', { ...selection, properties: null }, params);
  const cypher = `CALL {
       CALL db.index.fulltext.queryNodes(${index}, ${lucene}, {limit: ${candidatesLimit}}) YIELD node, score
       WITH node, score WHERE ${wanted}
       RETURN node, score ORDER BY score DESC LIMIT ${ranked}
       UNION ALL
       CALL db.index.fulltext.queryRelationships(${roleIndex}, ${lucene}, {limit: ${candidatesLimit}}) YIELD relationship, score
       WITH startNode(relationship) AS node, score WHERE ${wanted}
       RETURN node, score ORDER BY score DESC LIMIT ${ranked}
     }
     WITH node, max(score) AS score
     WITH node, score, [(node)-[r]->() WHERE r.roleText IS NOT NULL | r] AS roleFacts
     WITH node, score, roleFacts, node.searchText + reduce(t = '', r IN roleFacts | t + r.roleText) AS text
     WITH node, score, roleFacts,
          CASE WHEN text CONTAINS ${exact} THEN 3 WHEN ${loose} IN node.looseKeys THEN 2 WHEN text CONTAINS ${phrase} THEN 1 ELSE 0 END AS tier,
          reduce(covered = [], u IN ${units} |
            CASE WHEN text CONTAINS u.text THEN covered + [p IN u.positions WHERE NOT p IN covered] ELSE covered END) AS covered
     WHERE tier > 0 OR size(covered) > 0
     WITH node, roleFacts, tier + toFloat(size(covered)) / ${size} AS rank, ${key} IN node.nameKeys AS named, score AS lucene
     ORDER BY rank DESC, named DESC, lucene DESC, size(node.name), node.id
     LIMIT ${limit}
     RETURN ${projection} AS entity, rank AS score,
            [r IN roleFacts | { role: r.role, roleEn: r.roleEn, quotes: r.srcQuote }] AS roles`;
  return { cypher, params: params.values, compiled };
}

/** The hits of the search statement's records: each entity, its score, and where it matched. */
export function searchHits(
  records: readonly { get(key: string): unknown }[],
  statement: SearchStatement,
  selection: EntitySelection,
): SearchHitRecord[] {
  const { key, units } = statement.compiled;
  return records.map((r) => {
    const entity = toEntityRecord(r.get('entity') as Record<string, unknown>, selection);
    const roles = r.get('roles') as HeldRole[];
    return { entity, score: r.get('score') as number, ...describeMatch(entity, roles, key, units) };
  });
}

export async function searchEntities(
  db: Executor,
  text: string,
  kinds: EntityKind[] | null,
  first: number,
  selection: EntitySelection,
): Promise<SearchHitRecord[] | null> {
  const statement = searchStatement(text, kinds, first, selection);
  if (statement === null) return null;
  const result = await db.read(statement.cypher, statement.params);
  return searchHits(result.records, statement, selection);
}
