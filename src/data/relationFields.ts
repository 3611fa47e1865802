import type { RelationType } from '../model/vocabulary';

/**
 * The typed relationship fields of the GraphQL schema, as traversals of the graph. The selection
 * compiler and the resolvers both read this table, so a field added here (and to schema/) is
 * fetched in the same single statement as its parent.
 */
export interface RelationFieldSpec {
  /** Fixed relationship type, or null to take it from the field's `type` argument. */
  type: RelationType | null;
  /** Fixed direction, or null: from the `direction` argument (generic field) or both ways. */
  direction: 'OUTGOING' | 'INCOMING' | null;
  /** `relation` returns Relation objects (facts with their properties); `entity` the other ends. */
  shape: 'relation' | 'entity';
  /** Returns the first other end only (or null). */
  single?: boolean;
  /** Takes `type`, `direction` and `first` arguments (the generic `relations` field). */
  generic?: boolean;
}

/** Cap on typed list fields, which take no `first` argument. */
export const TYPED_FIELD_LIMIT = 200;

const entity = (type: RelationType, direction: 'OUTGOING' | 'INCOMING', single = false): RelationFieldSpec => ({
  type,
  direction,
  shape: 'entity',
  ...(single ? { single } : {}),
});
const facts = (type: RelationType, direction: 'OUTGOING' | 'INCOMING' | null): RelationFieldSpec => ({
  type,
  direction,
  shape: 'relation',
});

export const GENERIC_RELATIONS: RelationFieldSpec = { type: null, direction: null, shape: 'relation', generic: true };

/** Fields every entity type has. */
const COMMON: Record<string, RelationFieldSpec> = {
  relations: GENERIC_RELATIONS,
  metrics: entity('MEASURES', 'INCOMING'),
};

export const RELATION_FIELDS: Readonly<Record<string, Readonly<Record<string, RelationFieldSpec>>>> = {
  Entity: COMMON,
  Person: {
    ...COMMON,
    awards: entity('RECEIVED', 'OUTGOING'),
    coachedAwards: entity('COACHED', 'OUTGOING'),
    roles: facts('HELD_ROLE', 'OUTGOING'),
    memberOf: entity('MEMBER_OF', 'OUTGOING'),
    participatedIn: facts('PARTICIPATED_IN', 'OUTGOING'),
  },
  Organization: {
    ...COMMON,
    awards: entity('RECEIVED', 'OUTGOING'),
    partnerships: facts('PARTNERED_WITH', null),
    people: facts('HELD_ROLE', 'INCOMING'),
    members: entity('MEMBER_OF', 'INCOMING'),
    hosted: entity('HOSTED', 'OUTGOING'),
    organised: entity('ORGANISED', 'OUTGOING'),
    participatedIn: facts('PARTICIPATED_IN', 'OUTGOING'),
  },
  Group: {
    ...COMMON,
    awards: entity('RECEIVED', 'OUTGOING'),
    members: entity('MEMBER_OF', 'INCOMING'),
    people: facts('HELD_ROLE', 'INCOMING'),
    partOf: entity('PART_OF', 'OUTGOING', true),
  },
  Competition: {
    ...COMMON,
    awards: entity('AT', 'INCOMING'),
    hosts: entity('HOSTED', 'INCOMING'),
    organisers: entity('ORGANISED', 'INCOMING'),
    participants: facts('PARTICIPATED_IN', 'INCOMING'),
    partOf: entity('PART_OF', 'OUTGOING', true),
  },
  Award: {
    ...COMMON,
    recipients: entity('RECEIVED', 'INCOMING'),
    coaches: entity('COACHED', 'INCOMING'),
    wonAt: entity('AT', 'OUTGOING', true),
    awardedBy: entity('AWARDED_BY', 'OUTGOING'),
  },
  Project: {
    ...COMMON,
    participants: facts('PARTICIPATED_IN', 'INCOMING'),
    organisers: entity('ORGANISED', 'INCOMING'),
    sponsors: entity('SPONSORED', 'INCOMING'),
  },
  Event: {
    ...COMMON,
    participants: facts('PARTICIPATED_IN', 'INCOMING'),
    hosts: entity('HOSTED', 'INCOMING'),
    organisers: entity('ORGANISED', 'INCOMING'),
    sponsors: entity('SPONSORED', 'INCOMING'),
  },
  Metric: {
    ...COMMON,
    measures: entity('MEASURES', 'OUTGOING', true),
    measuredIn: entity('MEASURED_IN', 'OUTGOING', true),
  },
};
