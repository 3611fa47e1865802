import { graphql } from '../gql';
import type { ExplorerAwardsQuery } from '../gql/graphql';

export const ExplorerAwards = graphql(`
  query ExplorerAwards($filter: AwardFilter, $orderBy: AwardOrder, $first: Int, $after: String) {
    awards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          nameEn
          rank
          rankText
          level
          date
          period
          discipline
          category
          recipients {
            id
            kind
            name
            nameEn
          }
          coaches {
            id
            name
            nameEn
          }
          wonAt {
            id
            kind
            name
            nameEn
          }
          sources {
            section
            sectionNumber
            item
            quote
          }
        }
      }
    }
  }
`);

export const ExplorerAwardOptions = graphql(`
  query ExplorerAwardOptions {
    entities(kind: COMPETITION, first: 100) {
      edges {
        node {
          id
          name
          nameEn
        }
      }
    }
    trades: entities(kind: TRADE, first: 50) {
      edges {
        node {
          id
          name
          nameEn
        }
      }
    }
    years: awardStatistics(groupBy: YEAR, awardsPerBucket: 1) {
      key
      awardCount
    }
    sections: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) {
      key
    }
  }
`);

export type AwardRow = ExplorerAwardsQuery['awards']['edges'][number]['node'];
export type AwardPage = ExplorerAwardsQuery['awards'];
