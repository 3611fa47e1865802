import type { Executor } from '../neo4j/executor';
import { toRelationRecord } from './entities';
import type { RelationRecord } from './model';
import { partnershipConditions, type PartnershipFilter } from './partnershipCategory';
import { CypherParams, cypherInt, entityProjection, partsOf, statedByKnown, type EntitySelection } from './projection';

/** Data access for partnerships: an organisation's cooperation with others, oldest first. */

export type { PartnershipCategory } from './partnershipCategory';

export interface PartnershipQuery extends PartnershipFilter {
  organizationId: string;
  /** Also the partnerships of the organisations that are part of it. */
  includeParts: boolean;
  first: number;
}

export async function listPartnerships(
  db: Executor,
  query: PartnershipQuery,
  partnerSelection: EntitySelection,
): Promise<RelationRecord[]> {
  const asOf = partnerSelection.asOf ?? null;
  const params = new CypherParams();
  const org = params.add(query.organizationId);
  const limit = params.add(cypherInt(query.first));
  const partner = entityProjection('p', partnerSelection, params);
  const conditions = partnershipConditions('r', 's', 'p', query, params);
  if (asOf) conditions.push(statedByKnown('r', params.add(asOf.known)), statedByKnown('p', params.add(asOf.known)));
  // With parts, a partnership between two members of the tree is seen once, from the end it points to.
  if (query.includeParts) conditions.push(`NOT (startNode(r) = s AND EXISTS { ${partsOf('o', 'p')} })`);
  const result = await db.read(
    `MATCH (o:Organization {id: ${org}})
     ${query.includeParts ? `MATCH ${partsOf('o', 's')} WITH DISTINCT o, s` : 'WITH o, o AS s'}
     MATCH (s)-[r:PARTNERED_WITH]-(p:Organization)
     WHERE ${conditions.join(' AND ')}
     WITH o, s, r, p ORDER BY coalesce(r.date, ''), p.id, r.id LIMIT ${limit}
     RETURN { type: type(r), direction: CASE WHEN startNode(r) = s THEN 'OUTGOING' ELSE 'INCOMING' END,
              viaPart: CASE WHEN s = o THEN null ELSE s.id END, props: properties(r), other: ${partner} } AS relation`,
    params.values,
  );
  return result.records.map((r) => toRelationRecord(r.get('relation'), partnerSelection, asOf));
}
