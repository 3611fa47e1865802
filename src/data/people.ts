import type { Executor } from '../neo4j/executor';
import { factFromProperties, type Props } from './codec';
import { asOfRecord, toEntityRecord } from './entities';
import type { AsOf, CompetingClaim, EntityRecord, RelationRecord } from './model';
import { competingClaims, CypherParams, cypherInt, entityProjection, statedByKnown, type EntitySelection } from './projection';

/** Data access for people's roles: HELD_ROLE facts with both ends, filtered by role text. */

/** A HELD_ROLE fact with the holder and the place, as `roles` serves it. */
export type HeldRoleRecord = Omit<RelationRecord, 'type' | 'direction' | 'other' | 'viaPart'> & {
  holder: EntityRecord;
  at: EntityRecord;
};

export interface RoleFilter {
  /** Text the role or its English gloss contains (the English case-insensitively). */
  role: string | null;
  holder: string | null;
  at: string | null;
}

export async function listRoles(
  db: Executor,
  filter: RoleFilter,
  first: number,
  holderSelection: EntitySelection,
  atSelection: EntitySelection,
  asOf: AsOf | null = null,
): Promise<HeldRoleRecord[]> {
  const params = new CypherParams();
  const role = params.add(filter.role);
  const roleLower = params.add(filter.role?.toLowerCase() ?? null);
  const holderId = params.add(filter.holder);
  const atId = params.add(filter.at);
  const limit = params.add(cypherInt(first));
  const known = asOf ? params.add(asOf.known) : undefined;
  const holder = entityProjection('h', holderSelection, params);
  const at = entityProjection('x', atSelection, params);
  // Exact matches of the role come first (法治副校长 before 副校长's other holders), then by role.
  const result = await db.read(
    `MATCH (h:Entity)-[r:HELD_ROLE]->(x:Entity)
     WHERE (${holderId} IS NULL OR h.id = ${holderId}) AND (${atId} IS NULL OR x.id = ${atId})
       AND (${role} IS NULL OR r.role CONTAINS ${role} OR toLower(r.roleEn) CONTAINS ${roleLower})${asOf ? ` AND ${['r', 'h', 'x'].map((v) => statedByKnown(v, known!)).join(' AND ')}` : ''}
     WITH h, r, x ORDER BY CASE WHEN r.role = ${role} OR toLower(r.roleEn) = ${roleLower} THEN 0 ELSE 1 END, r.role, h.id, x.id, r.id
     LIMIT ${limit}
     RETURN properties(r) AS props, ${competingClaims('r', 'h', 'x')} AS competing, ${holder} AS holder, ${at} AS at`,
    params.values,
  );
  return result.records.map((row) =>
    asOfRecord(
      {
        ...factFromProperties(row.get('props') as Props),
        competing: row.get('competing') as CompetingClaim[],
        holder: toEntityRecord(row.get('holder') as Props, holderSelection, asOf),
        at: toEntityRecord(row.get('at') as Props, atSelection, asOf),
      },
      asOf,
    ),
  );
}
