import type { EntityKind, RelationType } from '../gql/graphql';

/** Sections of an entity page, in the order they are shown. */
export const FACT_GROUPS = ['awards', 'roles', 'groups', 'partnerships', 'projects', 'events', 'other'] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

const BY_TYPE: Partial<Record<RelationType, FactGroup>> = {
  RECEIVED: 'awards',
  AT: 'awards',
  COACHED: 'awards',
  AWARDED_BY: 'awards',
  HELD_ROLE: 'roles',
  MEMBER_OF: 'groups',
  PART_OF: 'groups',
  PARTNERED_WITH: 'partnerships',
};

const PARTICIPATION: readonly RelationType[] = ['PARTICIPATED_IN', 'HOSTED', 'ORGANISED', 'SPONSORED'];

/** Which section a fact belongs in, from its type and the kind of entity at the other end. */
export function factGroup(type: RelationType, otherKind: EntityKind): FactGroup {
  const byType = BY_TYPE[type];
  if (byType) return byType;
  if (otherKind === 'PROJECT') return 'projects';
  if (PARTICIPATION.includes(type) || otherKind === 'EVENT') return 'events';
  return 'other';
}

/** Splits facts into the page's sections, keeping their order within each; empty ones dropped. */
export function groupFacts<T extends { type: RelationType; other: { kind: EntityKind } }>(facts: readonly T[]): [FactGroup, T[]][] {
  const groups = new Map<FactGroup, T[]>();
  for (const fact of facts) {
    const group = factGroup(fact.type, fact.other.kind);
    const list = groups.get(group) ?? [];
    list.push(fact);
    groups.set(group, list);
  }
  return FACT_GROUPS.filter((g) => groups.has(g)).map((g) => [g, groups.get(g)!]);
}
