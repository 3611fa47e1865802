import { graphql } from '../gql';
import type { ExplorerNeighbourhoodQuery } from '../gql/graphql';

export const ExplorerNeighbourhood = graphql(`
  query ExplorerNeighbourhood($id: ID!, $hops: Int, $maxNodes: Int) {
    neighbourhood(id: $id, hops: $hops, maxNodes: $maxNodes) {
      truncated
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
      }
    }
  }
`);

export type GraphData = NonNullable<ExplorerNeighbourhoodQuery['neighbourhood']>;
export type GraphNode = GraphData['nodes'][number];
export type GraphEdgeData = GraphData['edges'][number];
