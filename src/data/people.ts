import type { Executor } from '../neo4j/executor';
import { factFromProperties, type Props } from './codec';
import { toEntityRecord } from './entities';
import type { EntityRecord, RelationRecord } from './model';
import { CypherParams, cypherInt, entityProjection, type EntitySelection } from './projection';

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
): Promise<HeldRoleRecord[]> {
  const params = new CypherParams();
  const role = params.add(filter.role);
  const roleLower = params.add(filter.role?.toLowerCase() ?? null);
  const holderId = params.add(filter.holder);
  const atId = params.add(filter.at);
  const limit = params.add(cypherInt(first));
  const holder = entityProjection('h', holderSelection, params);
  const at = entityProjection('x', atSelection, params);
  // Exact matches of the role come first (法治副校长 before 副校长's other holders), then by role.
  const result = await db.read(
    `MATCH (h:Entity)-[r:HELD_ROLE]->(x:Entity)
     WHERE (${holderId} IS NULL OR h.id = ${holderId}) AND (${atId} IS NULL OR x.id = ${atId})
       AND (${role} IS NULL OR r.role CONTAINS ${role} OR toLower(r.roleEn) CONTAINS ${roleLower})
     WITH h, r, x ORDER BY CASE WHEN r.role = ${role} OR toLower(r.roleEn) = ${roleLower} THEN 0 ELSE 1 END, r.role, h.id, x.id, r.id
     LIMIT ${limit}
     RETURN properties(r) AS props, ${holder} AS holder, ${at} AS at`,
    params.values,
  );
  return result.records.map((row) => ({
    ...factFromProperties(row.get('props') as Props),
    holder: toEntityRecord(row.get('holder') as Props, holderSelection),
    at: toEntityRecord(row.get('at') as Props, atSelection),
  }));
}
