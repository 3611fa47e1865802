import { graphql } from '../gql';

/** Every series with its points and their quotes, and what each report states, counted: one request. */
export const ExplorerSeries = graphql(`
  query ExplorerSeries {
    metricSeries {
      key
      name
      nameEn
      unit
      unitEn
      note
      scope {
        id
        kind
        name
        nameEn
      }
      points {
        periodKey
        period
        value
        lowerBound
        report {
          id
          title
        }
        metric {
          id
          name
          nameEn
        }
        quotes {
          section
          item
          quote
          context {
            sentence
            start
            end
          }
        }
      }
    }
    reportSummaries {
      periodKey
      report {
        id
        title
        titleEn
      }
      entityCount
      factCount
      entityCounts {
        kind
        entityCount
      }
      awardsByLevel {
        level
        awardCount
      }
    }
  }
`);
