import { graphql } from '../gql';
import type { ExplorerConnectionsQuery } from '../gql/graphql';

export const ExplorerConnections = graphql(`
  query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int, $avoid: [ID!]) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: 10, avoid: $avoid) {
      length
      nodes {
        id
        kind
        name
        nameEn
      }
      edges {
        id
        type
        source
        target
        role
        date
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
      }
    }
  }
`);

export const ExplorerEntityName = graphql(`
  query ExplorerEntityName($id: ID!) {
    entity(id: $id) {
      id
      kind
      name
      nameEn
    }
  }
`);

export type PathData = ExplorerConnectionsQuery['connections'][number];
