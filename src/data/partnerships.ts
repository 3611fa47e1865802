import type { Executor } from '../neo4j/executor';
import type { PartnershipKind } from '../model/vocabulary';
import { toRelationRecord } from './entities';
import type { RelationRecord } from './model';
import { CypherParams, cypherInt, entityProjection, knownPartsOf, statedByKnown, type EntitySelection } from './projection';

/** Data access for partnerships: an organisation's cooperation with others, oldest first. */

/**
 * What a PARTNERED_WITH fact is. Coverage by a medium and presence on a platform are stored as
 * PARTNERED_WITH (kinds MEDIA_COVERAGE, PLATFORM_INTEGRATION) but are not partnerships; the
 * organisation's kind tells them too, whichever end it stands at.
 */
export type PartnershipCategory = 'PARTNERSHIP' | 'MEDIA_COVERAGE' | 'PLATFORM';

const CATEGORY = (r: string, a: string, b: string, params: CypherParams) => {
  const media = params.add('MEDIA');
  const platform = params.add('PLATFORM');
  return `CASE
       WHEN ${r}.partnershipKind = ${params.add('MEDIA_COVERAGE')} OR ${a}.orgKind = ${media} OR ${b}.orgKind = ${media} THEN ${params.add('MEDIA_COVERAGE')}
       WHEN ${r}.partnershipKind = ${params.add('PLATFORM_INTEGRATION')} OR ${a}.orgKind = ${platform} OR ${b}.orgKind = ${platform} THEN ${params.add('PLATFORM')}
       ELSE ${params.add('PARTNERSHIP')} END`;
};

export interface PartnershipQuery {
  organizationId: string;
  kinds: PartnershipKind[] | null;
  /** Which categories to list; PARTNERSHIP alone by default. */
  categories: PartnershipCategory[];
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
  const kindList = params.add(query.kinds);
  const categories = params.add(query.categories);
  const limit = params.add(cypherInt(query.first));
  const category = CATEGORY('r', 's', 'p', params);
  const partner = entityProjection('p', partnerSelection, params);
  const conditions = [`(${kindList} IS NULL OR r.partnershipKind IN ${kindList})`, `${category} IN ${categories}`];
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
