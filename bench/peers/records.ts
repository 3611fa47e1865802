import { LABEL_OF_KIND, type EntityKind } from '../../src/model/vocabulary';
import type { OperationName } from './operations';

/**
 * One shape for the records of every server, so that answers can be compared: each operation's
 * fields picked explicitly (absent and null alike become null), lists the operation does not
 * order sorted by id, ordered lists (pages, search hits) kept in their order, sources zipped
 * from the stored lists where a server serves them so, cursors left out (each server has its
 * own), scores to nine significant digits.
 */

export type Json = unknown;
type Obj = Record<string, unknown>;

export interface Source {
  section: string;
  item: number | null;
  quote: string;
}

const value = (v: unknown) => (v === undefined ? null : v);

export function byId<T extends object>(list: T[]): T[] {
  const id = (o: T) => String((o as Obj).id);
  return [...list].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/** Picks `fields` of an object, null for any it lacks. */
export function pick(object: Obj, fields: string[]): Obj {
  return Object.fromEntries(fields.map((f) => [f, value(object[f])]));
}

export const pickAll = (list: unknown, fields: string[]) => byId(((list as Obj[] | null) ?? []).map((o) => pick(o, fields)));

export function sourcesOf(list: unknown): Source[] {
  return ((list as Obj[] | null) ?? []).map((s) => ({
    section: s.section as string,
    item: (s.item as number | null) ?? null,
    quote: s.quote as string,
  }));
}

/** The stored parallel lists as sources (item 0 stands for none), as @neo4j/graphql serves them. */
export function zipSources(entity: Obj): Source[] {
  const quotes = (entity.srcQuote as string[] | null) ?? [];
  return quotes.map((quote, i) => ({
    section: (entity.srcSection as string[] | null)?.[i] ?? '前言',
    item: (entity.srcItem as number[] | null)?.[i] || null,
    quote,
  }));
}

export const score = (s: unknown) => Number((s as number).toPrecision(9));

export const AWARD_FIELDS_CR = ['id', 'name', 'nameEn', 'rank', 'rankText', 'level', 'discipline', 'category'];
export const AWARD_FIELDS_AW = ['id', 'name', 'nameEn', 'rank', 'rankText', 'level', 'date', 'discipline'];
export const COMPETITION_FIELDS = ['id', 'name', 'nameEn', 'edition', 'level', 'date', 'place'];

/** The records of an answer in the service's own schema (the service, the hand-written Apollo and the raw server). */
export function serviceShapedRecords(name: OperationName, data: Record<string, Json>): Json {
  switch (name) {
    case 'CompetitionResults': {
      const e = data.entity as Obj | null;
      if (!e) return null;
      // The raw server sends the kind, a GraphQL server the __typename it implies.
      const typename = (e.__typename as string | undefined) ?? LABEL_OF_KIND[e.kind as EntityKind];
      return {
        typename,
        ...pick(e, COMPETITION_FIELDS),
        sources: sourcesOf(e.sources),
        hosts: pickAll(e.hosts, ['id', 'name']),
        awards: byId(
          ((e.awards as Obj[] | null) ?? []).map((a) => ({
            ...pick(a, AWARD_FIELDS_CR),
            recipients: pickAll(a.recipients, ['id', 'kind', 'name', 'nameEn']),
            coaches: pickAll(a.coaches, ['id', 'name', 'nameEn']),
            awardedBy: pickAll(a.awardedBy, ['id', 'name']),
            sources: sourcesOf(a.sources),
          })),
        ),
      };
    }
    case 'AwardsWon': {
      const page = data.awards as { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: Obj }[] };
      return {
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        nodes: page.edges.map(({ node: a }) => ({
          ...pick(a, AWARD_FIELDS_AW),
          recipients: pickAll(a.recipients, ['id', 'kind', 'name', 'nameEn']),
          coaches: pickAll(a.coaches, ['id', 'name']),
          wonAt: a.wonAt ? pick(a.wonAt as Obj, ['id', 'name', 'nameEn']) : null,
          awardedBy: pickAll(a.awardedBy, ['id', 'name']),
          sources: sourcesOf(a.sources),
        })),
      };
    }
    case 'Search':
      return (data.search as Obj[]).map((hit) => {
        const entity = hit.entity as Obj;
        return {
          kind: hit.kind,
          score: score(hit.score),
          matchedField: hit.matchedField,
          snippet: hit.snippet,
          entity: pick(entity, hit.kind === 'PERSON' ? ['id', 'name', 'nameEn', 'pinyin'] : ['id', 'name', 'nameEn']),
        };
      });
    case 'EntityPage': {
      const page = data.entities as { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: Obj }[] };
      return {
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        nodes: page.edges.map(({ node }) => ({
          ...pick(node, ['id', 'name', 'nameEn']),
          relations: relationsOf(node.relations),
        })),
      };
    }
  }
}

/** Outgoing facts as type and other end, in the service's order (type, then the other end's id). */
export function relationsOf(list: unknown): Obj[] {
  return ((list as { type: string; other: Obj }[] | null) ?? []).map((r) => ({ type: r.type, other: pick(r.other, ['id', 'name']) }));
}

/** The first place where two records differ, as a path and both values; undefined when equal. */
export function firstDifference(expected: Json, actual: Json, at = '$'): string | undefined {
  if (Object.is(expected, actual)) return undefined;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null) {
    return `${at}: expected ${JSON.stringify(expected)?.slice(0, 120)}, got ${JSON.stringify(actual)?.slice(0, 120)}`;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) return `${at}: expected ${Array.isArray(expected) ? 'a list' : 'an object'}`;
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length !== actual.length) {
    return `${at}: expected ${expected.length} items, got ${actual.length}`;
  }
  const keys = new Set([...Object.keys(expected as Obj), ...Object.keys(actual as Obj)]);
  for (const key of keys) {
    const difference = firstDifference(
      (expected as Obj)[key],
      (actual as Obj)[key],
      Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`,
    );
    if (difference) return difference;
  }
  return undefined;
}
