import { graphql } from '../gql';
import type { ExplorerSearchQuery } from '../gql/graphql';

export const ExplorerSearch = graphql(`
  query ExplorerSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      kind
      score
      matchedField
      snippet
      entity {
        id
        name
        nameEn
        ... on Person {
          pinyin
        }
      }
    }
  }
`);

export type SearchHit = ExplorerSearchQuery['search'][number];

/** Hits grouped by kind, groups in order of their best hit (hits arrive best first). */
export function groupHits(hits: readonly SearchHit[]): [SearchHit['kind'], SearchHit[]][] {
  const groups = new Map<SearchHit['kind'], SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups];
}
