import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { LABEL_OF_KIND, levelRank, type EntityKind, type Level } from '../../../src/model/vocabulary';
import { PROPERTIES_ONLY } from '../../../src/data/projection';
import { searchHits, searchStatement } from '../../../src/data/search';
import { highlight } from '../../../src/graphql/highlight';

/**
 * The hand-written peers' one Cypher statement per canonical operation, shared by the Apollo
 * server (./server.ts) and the raw node:http server (../raw/server.ts), and how each turns the
 * statement's single row into the operation's root field. Every statement returns only what the
 * canonical document (examples/operations/) selects, plus an entity's `kind` where GraphQL
 * needs it to pick the concrete type; sources come as the stored parallel lists and are zipped
 * here. Labels in the text come from the vocabulary; every value is a parameter.
 */

export type Variables = Record<string, unknown>;
type Props = Record<string, unknown>;

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export interface HandwrittenOperation {
  /** The root field the operation selects (one per canonical operation). */
  rootField: string;
  statement(variables: Variables): Statement;
  /** The root field's value, shaped as the canonical document's response. */
  shape(records: Neo4jRecord[], variables: Variables): unknown;
}

/** Relationship lists without `first` are capped as the service caps them. */
const LIST_LIMIT = 200;

export class UnsupportedVariablesError extends Error {
  override name = 'UnsupportedVariablesError';
}

const int = (value: number) => neo4j.int(value);

/** The stored parallel lists as the API's Provenance objects (item 0 stands for none). */
function sources(props: Props): { section: string; item: number | null; quote: string }[] {
  const quotes = (props.srcQuote as string[] | null) ?? [];
  const sections = (props.srcSection as string[] | null) ?? [];
  const items = (props.srcItem as number[] | null) ?? [];
  return quotes.map((quote, i) => ({ section: sections[i] ?? '前言', item: items[i] || null, quote }));
}

/** The entity with its sources zipped, the stored lists dropped. */
function withSources(props: Props): Props {
  const { srcSection: _section, srcItem: _item, srcQuote: _quote, ...rest } = props;
  return { ...rest, sources: sources(props) };
}

const SOURCE_LISTS = '.srcSection, .srcItem, .srcQuote';
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const competitionResults: HandwrittenOperation = {
  rootField: 'entity',
  statement: (variables) => ({
    cypher: `MATCH (n:Entity {id: $id})
RETURN n { .id, .kind, .name, .nameEn, ${SOURCE_LISTS}, .edition, .level, .date, .place,
  hosts: COLLECT { MATCH (n)<-[r:HOSTED]-(h:Entity) WITH r, h ORDER BY h.id, r.id LIMIT $limit RETURN h { .id, .kind, .name } },
  awards: COLLECT {
    MATCH (n)<-[r:AT]-(a:Entity) WITH r, a ORDER BY a.id, r.id LIMIT $limit
    RETURN a { .id, .name, .nameEn, .rank, .rankText, .level, .discipline, .category, ${SOURCE_LISTS},
      recipients: COLLECT { MATCH (a)<-[s:RECEIVED]-(p:Entity) WITH s, p ORDER BY p.id, s.id LIMIT $limit RETURN p { .id, .kind, .name, .nameEn } },
      coaches: COLLECT { MATCH (a)<-[s:COACHED]-(c:Entity) WITH s, c ORDER BY c.id, s.id LIMIT $limit RETURN c { .id, .name, .nameEn } },
      awardedBy: COLLECT { MATCH (a)-[s:AWARDED_BY]->(o:Entity) WITH s, o ORDER BY o.id, s.id LIMIT $limit RETURN o { .id, .name } } }
  } } AS entity`,
    params: { id: variables.id, limit: int(LIST_LIMIT) },
  }),
  shape: (records) => {
    const entity = records[0]?.get('entity') as Props | undefined;
    if (!entity) return null;
    const shaped = withSources(entity);
    if (entity.kind !== 'COMPETITION') {
      for (const field of ['edition', 'level', 'date', 'place', 'hosts', 'awards']) delete shaped[field];
      return shaped;
    }
    shaped.awards = (entity.awards as Props[]).map(withSources);
    return shaped;
  },
};

/** Labels whose `EXISTS` test a recipient kind becomes; the service's STUDENT, TEACHER and COLLEGE are not benchmarked. */
const RECIPIENT_LABELS: Record<string, string> = {
  PERSON: LABEL_OF_KIND.PERSON,
  GROUP: LABEL_OF_KIND.GROUP,
  ORGANIZATION: LABEL_OF_KIND.ORGANIZATION,
};

const awardsWon: HandwrittenOperation = {
  rootField: 'awards',
  statement: (variables) => {
    const filter = (variables.filter ?? {}) as { levelAtLeast?: string; recipientKind?: string };
    const unknown = Object.keys(filter).filter((key) => key !== 'levelAtLeast' && key !== 'recipientKind');
    if (unknown.length > 0 || variables.after) throw new UnsupportedVariablesError(`AwardsWon: only levelAtLeast and recipientKind`);
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: int(((variables.first as number | undefined) ?? 20) + 1), lists: int(LIST_LIMIT) };
    if (filter.levelAtLeast) {
      where.push('a.levelRank >= $minLevel');
      params.minLevel = levelRank(filter.levelAtLeast as Level);
    }
    if (filter.recipientKind) {
      const label = RECIPIENT_LABELS[filter.recipientKind];
      if (!label) throw new UnsupportedVariablesError(`AwardsWon: recipientKind ${filter.recipientKind}`);
      where.push(`EXISTS { (:${label})-[:RECEIVED]->(a) }`);
    }
    const predicate = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return {
      cypher: `CALL { MATCH (a:Award) ${predicate} RETURN count(a) AS total }
CALL {
  MATCH (a:Award) ${predicate}
  WITH a ORDER BY coalesce(a.levelRank, 0) DESC, a.id LIMIT $limit
  RETURN collect(a { .id, .name, .nameEn, .rank, .rankText, .level, .date, .discipline, ${SOURCE_LISTS},
    recipients: COLLECT { MATCH (a)<-[s:RECEIVED]-(p:Entity) WITH s, p ORDER BY p.id, s.id LIMIT $lists RETURN p { .id, .kind, .name, .nameEn } },
    coaches: COLLECT { MATCH (a)<-[s:COACHED]-(c:Entity) WITH s, c ORDER BY c.id, s.id LIMIT $lists RETURN c { .id, .name } },
    wonAt: COLLECT { MATCH (a)-[s:AT]->(w:Entity) WITH s, w ORDER BY w.id, s.id LIMIT 1 RETURN w { .id, .kind, .name, .nameEn } },
    awardedBy: COLLECT { MATCH (a)-[s:AWARDED_BY]->(o:Entity) WITH s, o ORDER BY o.id, s.id LIMIT $lists RETURN o { .id, .name } } }) AS page
}
RETURN total, page`,
      params,
    };
  },
  shape: (records, variables) => {
    const first = (variables.first as number | undefined) ?? 20;
    const row = records[0]!;
    const page = row.get('page') as Props[];
    const edges = page.slice(0, first).map((award) => ({
      cursor: base64url(award.id),
      node: { ...withSources(award), wonAt: (award.wonAt as Props[])[0] ?? null },
    }));
    return {
      totalCount: row.get('total') as number,
      pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
  },
};

const SEARCH_FIRST = 10;

/**
 * Search is the service's own statement (src/data/search.ts searchStatement) and its own
 * description of each hit: the ranking is the service's design, not a way of fetching, so a
 * hand-written copy could only drift from it. The hand-written part is the shaping.
 */
function searchFor(variables: Variables) {
  const kinds = (variables.kinds as EntityKind[] | undefined) ?? null;
  const statement = searchStatement(String(variables.query ?? ''), kinds, SEARCH_FIRST, PROPERTIES_ONLY);
  if (statement === null) throw new UnsupportedVariablesError('Search: nothing to search for');
  return statement;
}

const search: HandwrittenOperation = {
  rootField: 'search',
  statement: (variables) => {
    const { cypher, params } = searchFor(variables);
    return { cypher, params };
  },
  shape: (records, variables) =>
    searchHits(records, searchFor(variables), PROPERTIES_ONLY).map(({ entity, score, matchedField, match }) => {
      const { id, kind, name, nameEn } = entity;
      const shown = entity.kind === 'PERSON' ? { id, kind, name, nameEn, pinyin: entity.pinyin } : { id, kind, name, nameEn };
      return { kind, score, matchedField, snippet: highlight(match), entity: shown };
    }),
};

const entityPage: HandwrittenOperation = {
  rootField: 'entities',
  statement: (variables) => {
    const label = LABEL_OF_KIND[variables.kind as EntityKind];
    if (!label || variables.after) throw new UnsupportedVariablesError('EntityPage: a kind, no cursor');
    return {
      cypher: `MATCH (n:${label}) WITH n ORDER BY n.id LIMIT $limit
WITH collect(n { .id, .kind, .name, .nameEn,
  relations: COLLECT { MATCH (n)-[r]->(o:Entity) WITH r, o ORDER BY type(r), o.id, r.id LIMIT $relations RETURN { type: type(r), other: o { .id, .kind, .name } } } }) AS page
CALL { MATCH (m:${label}) RETURN count(m) AS total }
RETURN page, total`,
      params: { limit: int(((variables.first as number | undefined) ?? 20) + 1), relations: int(5) },
    };
  },
  shape: (records, variables) => {
    const first = (variables.first as number | undefined) ?? 20;
    const row = records[0]!;
    const page = row.get('page') as Props[];
    const edges = page.slice(0, first).map((node) => ({ cursor: base64url(node.id), node }));
    return {
      totalCount: row.get('total') as number,
      pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
  },
};

export const HANDWRITTEN: Record<string, HandwrittenOperation> = {
  CompetitionResults: competitionResults,
  AwardsWon: awardsWon,
  Search: search,
  EntityPage: entityPage,
};
