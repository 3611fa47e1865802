import { graphql } from './gql';
import type { TypedDocumentString } from './gql/graphql';

/** Who won what at one competition, best rank first. The result type is generated, not written. */
export const WhoWonDocument = graphql(`
  query WhoWon($competition: String!) {
    awards(filter: { competitionName: $competition }, orderBy: { field: RANK, direction: ASC }) {
      totalCount
      edges {
        node {
          rankText
          discipline
          recipients {
            name
          }
        }
      }
    }
  }
`);

/** Sends a typed document by its hash alone, which a server with TRUSTED_DOCUMENTS_ONLY requires. */
export async function runTrusted<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const sha256Hash = String(document.__meta__?.hash).replace(/^sha256:/, '');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

/** "杨珍华: 银牌 (商品展示技术)" lines for a competition. */
export async function winners(endpoint: string, competition: string): Promise<string[]> {
  const { awards } = await runTrusted(endpoint, WhoWonDocument, { competition });
  return awards.edges.map(({ node }) => {
    const names = node.recipients.map((r) => r.name).join('、');
    return `${names}: ${node.rankText}${node.discipline ? ` (${node.discipline})` : ''}`;
  });
}
