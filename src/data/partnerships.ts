import type { Executor } from '../neo4j/executor';
import type { PartnershipKind } from '../model/vocabulary';
import { toRelationRecord } from './entities';
import type { RelationRecord } from './model';
import { CypherParams, cypherInt, entityProjection, type EntitySelection } from './projection';

/** Data access for partnerships: an organisation's cooperation with others, oldest first. */
export async function listPartnerships(
  db: Executor,
  organizationId: string,
  kinds: PartnershipKind[] | null,
  first: number,
  partnerSelection: EntitySelection,
): Promise<RelationRecord[]> {
  const params = new CypherParams();
  const org = params.add(organizationId);
  const kindList = params.add(kinds);
  const limit = params.add(cypherInt(first));
  const partner = entityProjection('p', partnerSelection, params);
  const result = await db.read(
    `MATCH (o:Organization {id: ${org}})-[r:PARTNERED_WITH]-(p:Organization)
     WHERE ${kindList} IS NULL OR r.partnershipKind IN ${kindList}
     WITH o, r, p ORDER BY coalesce(r.date, ''), p.id, r.id LIMIT ${limit}
     RETURN { type: type(r), direction: CASE WHEN startNode(r) = o THEN 'OUTGOING' ELSE 'INCOMING' END,
              props: properties(r), other: ${partner} } AS relation`,
    params.values,
  );
  return result.records.map((r) => toRelationRecord(r.get('relation'), partnerSelection));
}
