import { graphql } from '../gql';
import type { ExplorerEntityQuery } from '../gql/graphql';

export const ExplorerEntity = graphql(`
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      __typename
      id
      kind
      name
      nameEn
      aliases
      note
      sources {
        section
        sectionNumber
        item
        quote
        context {
          sentence
          start
          end
        }
      }
      ... on Person {
        pinyin
      }
      ... on Organization {
        orgKind
      }
      ... on Group {
        groupKind
      }
      ... on Competition {
        edition
        level
        date
        period
        place
      }
      ... on Award {
        rank
        rankText
        level
        date
        period
        discipline
        category
      }
      ... on Project {
        status
        level
        date
        period
      }
      ... on Event {
        level
        date
        period
        place
      }
      ... on Metric {
        value
        unit
        lowerBound
        date
        period
      }
      relations(first: 200) {
        id
        type
        direction
        role
        roleEn
        partnershipKind
        date
        outcome
        count
        countUnit
        period
        note
        sources {
          section
          item
          quote
          context {
            sentence
            start
            end
          }
        }
        other {
          __typename
          id
          kind
          name
          nameEn
          ... on Award {
            rankText
            discipline
            wonAt {
              id
              name
              nameEn
            }
          }
        }
      }
    }
  }
`);

export type EntityData = NonNullable<ExplorerEntityQuery['entity']>;
export type Fact = EntityData['relations'][number];
