/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ExplorerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSummaryQuery = { graphSummary: { entityTotal: number, relationshipTotal: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerSummaryDocument = new TypedDocumentString(`
    query ExplorerSummary {
  graphSummary {
    entityTotal
    relationshipTotal
  }
}
    `, {"hash":"sha256:320032d57cefd4546869ab63bf4bc656c895096a578af17172a8483fe995aab4"}) as unknown as TypedDocumentString<ExplorerSummaryQuery, ExplorerSummaryQueryVariables>;