import { compileSearch } from '../../../src/data/searchQuery';
import { levelRank, type EntityKind, type Level } from '../../../src/model/vocabulary';
import type { OperationName, Variables } from '../operations';
import {
  AWARD_FIELDS_AW,
  AWARD_FIELDS_CR,
  byId,
  COMPETITION_FIELDS,
  pick,
  pickAll,
  relationsOf,
  score,
  zipSources,
  type Json,
} from '../records';

/**
 * The canonical operations adapted to @neo4j/graphql's generated schema (typeDefs.graphql beside
 * this file), as a client of that library would write them: the same fields, the library's own
 * filter, sort and connection arguments, sources as the stored lists. The variables are
 * translated (a level to its stored rank, search text to the Lucene query the service builds)
 * and the answers brought back to the records of ../records.ts.
 */

type Obj = Record<string, unknown>;

const SOURCE_LISTS = 'srcSection srcItem srcQuote';

const COMPETITION_RESULTS = `query CompetitionResults($id: ID!) {
  competitions(where: { id: { eq: $id } }) {
    __typename id name nameEn ${SOURCE_LISTS}
    edition level date place
    hosts { id name }
    awards {
      id name nameEn rank rankText level discipline category
      recipients { id kind name nameEn }
      coaches { id name nameEn }
      awardedBy { id name }
      ${SOURCE_LISTS}
    }
  }
}`;

const AWARDS_WON = `query AwardsWon($where: AwardWhere, $first: Int) {
  awardsConnection(where: $where, first: $first, sort: [{ levelRank: DESC }, { id: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id name nameEn rank rankText level date discipline
        recipients { id kind name nameEn }
        coaches { id name }
        wonAt(limit: 1, sort: [{ id: ASC }]) { id name nameEn }
        awardedBy { id name }
        ${SOURCE_LISTS}
      }
    }
  }
}`;

const SEARCH = `query Search($phrase: String!, $where: SearchableEntityIndexWhere) {
  searchEntities(phrase: $phrase, where: $where, first: 10, sort: [{ score: DESC }, { node: { id: ASC } }]) {
    edges { score node { id kind name nameEn pinyin } }
  }
}`;

/** The library's plural of each kind's type, which names its root fields. */
const PLURALS: Record<EntityKind, string> = {
  PERSON: 'people',
  ORGANIZATION: 'organizations',
  GROUP: 'groups',
  COMPETITION: 'competitions',
  AWARD: 'awards',
  PROJECT: 'projects',
  EVENT: 'events',
  METRIC: 'metrics',
  TRADE: 'trades',
};

/** A page of one kind is a root field of that kind's own: the document depends on the kind. */
const entityPage = (kind: EntityKind) => `query EntityPage($first: Int) {
  ${PLURALS[kind]}Connection(first: $first, sort: [{ id: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name nameEn outgoing(first: 5) { type other { id name } } } }
  }
}`;

export function neo4jGraphqlRequest(name: OperationName, variables: Variables): { query: string; variables: Variables } {
  switch (name) {
    case 'CompetitionResults':
      return { query: COMPETITION_RESULTS, variables: { id: variables.id } };
    case 'AwardsWon': {
      const filter = (variables.filter ?? {}) as { levelAtLeast?: Level; recipientKind?: string };
      const where: Obj = {};
      if (filter.levelAtLeast) where.levelRank = { gte: levelRank(filter.levelAtLeast) };
      // `typename` inside a relationship filter fails in 7.6.3 ("Attribute typename not found"); the stored kind says the same.
      if (filter.recipientKind) where.recipients = { some: { kind: { eq: filter.recipientKind } } };
      return { query: AWARDS_WON, variables: { where, first: variables.first ?? 20 } };
    }
    case 'Search': {
      const kinds = variables.kinds as string[] | undefined;
      return {
        query: SEARCH,
        variables: {
          phrase: compileSearch(String(variables.query))?.lucene,
          ...(kinds ? { where: { node: { kind: { in: kinds } } } } : {}),
        },
      };
    }
    case 'EntityPage':
      return { query: entityPage(variables.kind as EntityKind), variables: { first: variables.first ?? 20 } };
  }
}

export function neo4jGraphqlRecords(name: OperationName, variables: Variables, data: Record<string, Json>): Json {
  switch (name) {
    case 'CompetitionResults': {
      const e = (data.competitions as Obj[])[0];
      if (!e) return null;
      return {
        typename: e.__typename,
        ...pick(e, COMPETITION_FIELDS),
        sources: zipSources(e),
        hosts: pickAll(e.hosts, ['id', 'name']),
        awards: byId(
          (e.awards as Obj[]).map((a) => ({
            ...pick(a, AWARD_FIELDS_CR),
            recipients: pickAll(a.recipients, ['id', 'kind', 'name', 'nameEn']),
            coaches: pickAll(a.coaches, ['id', 'name', 'nameEn']),
            awardedBy: pickAll(a.awardedBy, ['id', 'name']),
            sources: zipSources(a),
          })),
        ),
      };
    }
    case 'AwardsWon': {
      const page = data.awardsConnection as { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: Obj }[] };
      return {
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        nodes: page.edges.map(({ node: a }) => {
          const wonAt = (a.wonAt as Obj[])[0];
          return {
            ...pick(a, AWARD_FIELDS_AW),
            recipients: pickAll(a.recipients, ['id', 'kind', 'name', 'nameEn']),
            coaches: pickAll(a.coaches, ['id', 'name']),
            wonAt: wonAt ? pick(wonAt, ['id', 'name', 'nameEn']) : null,
            awardedBy: pickAll(a.awardedBy, ['id', 'name']),
            sources: zipSources(a),
          };
        }),
      };
    }
    case 'Search':
      return (data.searchEntities as { edges: { score: number; node: Obj }[] }).edges.map(({ score: s, node }) => ({
        kind: node.kind,
        score: score(s),
        entity: pick(node, node.kind === 'PERSON' ? ['id', 'name', 'nameEn', 'pinyin'] : ['id', 'name', 'nameEn']),
      }));
    case 'EntityPage': {
      const page = data[`${PLURALS[variables.kind as EntityKind]}Connection`] as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        edges: { node: Obj }[];
      };
      return {
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        nodes: page.edges.map(({ node }) => ({ ...pick(node, ['id', 'name', 'nameEn']), relations: relationsOf(node.outgoing) })),
      };
    }
  }
}
