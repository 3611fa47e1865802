import type { Executor } from '../neo4j/executor';
import { toRelationRecord } from './entities';
import type { RelationRecord } from './model';
import { partnershipConditions, type PartnershipFilter } from './partnershipCategory';
import { CypherParams, cypherInt, entityProjection, knownPartsOf, statedByKnown, type EntitySelection } from './projection';

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
  const known = asOf ? params.add(asOf.known) : undefined;
  if (known) conditions.push(statedByKnown('r', known), statedByKnown('p', known));
  // With parts (as of a moment, the tree known then), a partnership between two members of the
  // tree is seen once, from the end it points to.
  const where = (found: string[]) => (found.length > 0 ? ` WHERE ${found.join(' AND ')}` : '');
  const parts = knownPartsOf('o', 's', known);
  const partnerInTree = knownPartsOf('o', 'p', known);
  if (query.includeParts)
    conditions.push(`NOT (startNode(r) = s AND EXISTS { MATCH ${partnerInTree.pattern}${where(partnerInTree.conditions)} })`);
  const result = await db.read(
    `MATCH (o:Organization {id: ${org}})
     ${query.includeParts ? `MATCH ${parts.pattern}${where(parts.conditions)} WITH DISTINCT o, s` : 'WITH o, o AS s'}
     MATCH (s)-[r:PARTNERED_WITH]-(p:Organization)
     WHERE ${conditions.join(' AND ')}
     WITH o, s, r, p ORDER BY coalesce(r.date, ''), p.id, r.id LIMIT ${limit}
     RETURN { type: type(r), direction: CASE WHEN startNode(r) = s THEN 'OUTGOING' ELSE 'INCOMING' END,
              viaPart: CASE WHEN s = o THEN null ELSE s.id END, props: properties(r), other: ${partner} } AS relation`,
    params.values,
  );
  return result.records.map((r) => toRelationRecord(r.get('relation'), partnerSelection, asOf));
}
