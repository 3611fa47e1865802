/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      kind\n      score\n      matchedField\n      snippet\n      entity {\n        id\n        name\n        nameEn\n        ... on Person { pinyin }\n      }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerDashboard {\n    byLevel: awardStatistics(groupBy: LEVEL, awardsPerBucket: 1) { key count }\n    byRank: awardStatistics(groupBy: RANK, awardsPerBucket: 1) { key count }\n    byRecipientKind: awardStatistics(groupBy: RECIPIENT_KIND, awardsPerBucket: 1) { key count }\n    bySection: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) { key count }\n  }\n": typeof types.ExplorerDashboardDocument,
    "\n  query ExplorerSummary {\n    graphSummary { entityTotal relationshipTotal }\n  }\n": typeof types.ExplorerSummaryDocument,
    "\n  query ExplorerAwards($filter: AwardFilter, $orderBy: AwardOrder, $first: Int, $after: String) {\n    awards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameEn\n          rank\n          rankText\n          level\n          date\n          period\n          discipline\n          category\n          recipients { id kind name nameEn }\n          coaches { id name nameEn }\n          wonAt { id kind name nameEn }\n          sources { section sectionNumber item quote }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerAwardsDocument,
    "\n  query ExplorerAwardOptions {\n    entities(kind: COMPETITION, first: 100) { edges { node { id name nameEn } } }\n    years: awardStatistics(groupBy: YEAR, awardsPerBucket: 1) { key count }\n  }\n": typeof types.ExplorerAwardOptionsDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      id\n      kind\n      name\n      nameEn\n      aliases\n      note\n      sources { section sectionNumber item quote context { sentence start end } }\n      ... on Person { pinyin }\n      ... on Organization { orgKind }\n      ... on Group { groupKind }\n      ... on Competition { edition level date period place }\n      ... on Award { rank rankText level date period discipline category }\n      ... on Project { status level date period }\n      ... on Event { level date period place }\n      ... on Metric { value unit lowerBound date period }\n      relations(first: 200) {\n        id\n        type\n        direction\n        role\n        roleEn\n        partnershipKind\n        date\n        outcome\n        count\n        countUnit\n        period\n        note\n        sources { section item quote context { sentence start end } }\n        other {\n          __typename\n          id\n          kind\n          name\n          nameEn\n          ... on Award { rankText discipline wonAt { id name nameEn } }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerNeighbourhood($id: ID!, $hops: Int, $maxNodes: Int) {\n    neighbourhood(id: $id, hops: $hops, maxNodes: $maxNodes) {\n      truncated\n      nodes { id kind name nameEn }\n      edges { id type source target }\n    }\n  }\n": typeof types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int) {\n    connections(from: $from, to: $to, maxHops: $maxHops, first: 10) {\n      length\n      nodes { id kind name nameEn }\n      edges {\n        id\n        type\n        source\n        target\n        role\n        date\n        sources { section item quote context { sentence start end } }\n      }\n    }\n  }\n": typeof types.ExplorerConnectionsDocument,
    "\n  query ExplorerEntityName($id: ID!) {\n    entity(id: $id) { id kind name nameEn }\n  }\n": typeof types.ExplorerEntityNameDocument,
};
const documents: Documents = {
    "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      kind\n      score\n      matchedField\n      snippet\n      entity {\n        id\n        name\n        nameEn\n        ... on Person { pinyin }\n      }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerDashboard {\n    byLevel: awardStatistics(groupBy: LEVEL, awardsPerBucket: 1) { key count }\n    byRank: awardStatistics(groupBy: RANK, awardsPerBucket: 1) { key count }\n    byRecipientKind: awardStatistics(groupBy: RECIPIENT_KIND, awardsPerBucket: 1) { key count }\n    bySection: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) { key count }\n  }\n": types.ExplorerDashboardDocument,
    "\n  query ExplorerSummary {\n    graphSummary { entityTotal relationshipTotal }\n  }\n": types.ExplorerSummaryDocument,
    "\n  query ExplorerAwards($filter: AwardFilter, $orderBy: AwardOrder, $first: Int, $after: String) {\n    awards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameEn\n          rank\n          rankText\n          level\n          date\n          period\n          discipline\n          category\n          recipients { id kind name nameEn }\n          coaches { id name nameEn }\n          wonAt { id kind name nameEn }\n          sources { section sectionNumber item quote }\n        }\n      }\n    }\n  }\n": types.ExplorerAwardsDocument,
    "\n  query ExplorerAwardOptions {\n    entities(kind: COMPETITION, first: 100) { edges { node { id name nameEn } } }\n    years: awardStatistics(groupBy: YEAR, awardsPerBucket: 1) { key count }\n  }\n": types.ExplorerAwardOptionsDocument,
    "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      id\n      kind\n      name\n      nameEn\n      aliases\n      note\n      sources { section sectionNumber item quote context { sentence start end } }\n      ... on Person { pinyin }\n      ... on Organization { orgKind }\n      ... on Group { groupKind }\n      ... on Competition { edition level date period place }\n      ... on Award { rank rankText level date period discipline category }\n      ... on Project { status level date period }\n      ... on Event { level date period place }\n      ... on Metric { value unit lowerBound date period }\n      relations(first: 200) {\n        id\n        type\n        direction\n        role\n        roleEn\n        partnershipKind\n        date\n        outcome\n        count\n        countUnit\n        period\n        note\n        sources { section item quote context { sentence start end } }\n        other {\n          __typename\n          id\n          kind\n          name\n          nameEn\n          ... on Award { rankText discipline wonAt { id name nameEn } }\n        }\n      }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerNeighbourhood($id: ID!, $hops: Int, $maxNodes: Int) {\n    neighbourhood(id: $id, hops: $hops, maxNodes: $maxNodes) {\n      truncated\n      nodes { id kind name nameEn }\n      edges { id type source target }\n    }\n  }\n": types.ExplorerNeighbourhoodDocument,
    "\n  query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int) {\n    connections(from: $from, to: $to, maxHops: $maxHops, first: 10) {\n      length\n      nodes { id kind name nameEn }\n      edges {\n        id\n        type\n        source\n        target\n        role\n        date\n        sources { section item quote context { sentence start end } }\n      }\n    }\n  }\n": types.ExplorerConnectionsDocument,
    "\n  query ExplorerEntityName($id: ID!) {\n    entity(id: $id) { id kind name nameEn }\n  }\n": types.ExplorerEntityNameDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      kind\n      score\n      matchedField\n      snippet\n      entity {\n        id\n        name\n        nameEn\n        ... on Person { pinyin }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDashboard {\n    byLevel: awardStatistics(groupBy: LEVEL, awardsPerBucket: 1) { key count }\n    byRank: awardStatistics(groupBy: RANK, awardsPerBucket: 1) { key count }\n    byRecipientKind: awardStatistics(groupBy: RECIPIENT_KIND, awardsPerBucket: 1) { key count }\n    bySection: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) { key count }\n  }\n"): typeof import('./graphql').ExplorerDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSummary {\n    graphSummary { entityTotal relationshipTotal }\n  }\n"): typeof import('./graphql').ExplorerSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAwards($filter: AwardFilter, $orderBy: AwardOrder, $first: Int, $after: String) {\n    awards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          name\n          nameEn\n          rank\n          rankText\n          level\n          date\n          period\n          discipline\n          category\n          recipients { id kind name nameEn }\n          coaches { id name nameEn }\n          wonAt { id kind name nameEn }\n          sources { section sectionNumber item quote }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAwardOptions {\n    entities(kind: COMPETITION, first: 100) { edges { node { id name nameEn } } }\n    years: awardStatistics(groupBy: YEAR, awardsPerBucket: 1) { key count }\n  }\n"): typeof import('./graphql').ExplorerAwardOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      id\n      kind\n      name\n      nameEn\n      aliases\n      note\n      sources { section sectionNumber item quote context { sentence start end } }\n      ... on Person { pinyin }\n      ... on Organization { orgKind }\n      ... on Group { groupKind }\n      ... on Competition { edition level date period place }\n      ... on Award { rank rankText level date period discipline category }\n      ... on Project { status level date period }\n      ... on Event { level date period place }\n      ... on Metric { value unit lowerBound date period }\n      relations(first: 200) {\n        id\n        type\n        direction\n        role\n        roleEn\n        partnershipKind\n        date\n        outcome\n        count\n        countUnit\n        period\n        note\n        sources { section item quote context { sentence start end } }\n        other {\n          __typename\n          id\n          kind\n          name\n          nameEn\n          ... on Award { rankText discipline wonAt { id name nameEn } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighbourhood($id: ID!, $hops: Int, $maxNodes: Int) {\n    neighbourhood(id: $id, hops: $hops, maxNodes: $maxNodes) {\n      truncated\n      nodes { id kind name nameEn }\n      edges { id type source target }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int) {\n    connections(from: $from, to: $to, maxHops: $maxHops, first: 10) {\n      length\n      nodes { id kind name nameEn }\n      edges {\n        id\n        type\n        source\n        target\n        role\n        date\n        sources { section item quote context { sentence start end } }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntityName($id: ID!) {\n    entity(id: $id) { id kind name nameEn }\n  }\n"): typeof import('./graphql').ExplorerEntityNameDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
