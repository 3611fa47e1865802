/**
 * The graph's fixed vocabularies. GraphQL enums (schema/*.graphql) carry the same values; a test
 * keeps the two in step. Labels and relationship types used in Cypher come only from these maps.
 */

/** An entity id: `<kind>/<slug>` in lower-case ASCII, e.g. person/yang-zhenhua. */
export const ENTITY_ID = /^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/;

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'GROUP', 'COMPETITION', 'AWARD', 'PROJECT', 'EVENT', 'METRIC', 'TRADE'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Node label per kind. Every entity also carries the shared `Entity` label. */
export const LABEL_OF_KIND = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GROUP: 'Group',
  COMPETITION: 'Competition',
  AWARD: 'Award',
  PROJECT: 'Project',
  EVENT: 'Event',
  METRIC: 'Metric',
  TRADE: 'Trade',
} as const satisfies Record<EntityKind, string>;

export const RELATION_TYPES = [
  'RECEIVED',
  'AT',
  'COACHED',
  'AWARDED_BY',
  'MEMBER_OF',
  'PART_OF',
  'HELD_ROLE',
  'PARTNERED_WITH',
  'PARTICIPATED_IN',
  'HOSTED',
  'ORGANISED',
  'SPONSORED',
  'MEASURES',
  'MEASURED_IN',
  'POSSIBLY_SAME_AS',
  'SAME_RESULT_AS',
  'IN_TRADE',
  'INCLUDES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which kinds may stand at each end of a relationship: the loader refuses anything else. */
export const RELATION_ENDPOINTS: Readonly<Record<RelationType, { from: readonly EntityKind[]; to: readonly EntityKind[] }>> = {
  RECEIVED: { from: ['PERSON', 'GROUP', 'ORGANIZATION'], to: ['AWARD'] },
  AT: { from: ['AWARD'], to: ['COMPETITION', 'EVENT', 'PROJECT'] },
  COACHED: { from: ['PERSON'], to: ['AWARD', 'PERSON', 'GROUP'] },
  AWARDED_BY: { from: ['AWARD'], to: ['ORGANIZATION'] },
  MEMBER_OF: { from: ['PERSON', 'GROUP', 'ORGANIZATION'], to: ['GROUP', 'ORGANIZATION'] },
  PART_OF: {
    from: ['GROUP', 'ORGANIZATION', 'COMPETITION', 'EVENT', 'PROJECT'],
    to: ['ORGANIZATION', 'GROUP', 'COMPETITION', 'EVENT', 'PROJECT'],
  },
  HELD_ROLE: { from: ['PERSON', 'ORGANIZATION', 'GROUP'], to: ['ORGANIZATION', 'GROUP', 'PROJECT', 'EVENT', 'COMPETITION'] },
  PARTNERED_WITH: { from: ['ORGANIZATION'], to: ['ORGANIZATION'] },
  PARTICIPATED_IN: { from: ['PERSON', 'GROUP', 'ORGANIZATION'], to: ['COMPETITION', 'EVENT', 'PROJECT', 'GROUP'] },
  // A trade as well: the college hosted (承办) two trades of a competition, not the whole of it.
  HOSTED: { from: ['ORGANIZATION', 'GROUP'], to: ['COMPETITION', 'EVENT', 'TRADE'] },
  ORGANISED: { from: ['ORGANIZATION', 'GROUP'], to: ['COMPETITION', 'EVENT', 'PROJECT'] },
  SPONSORED: { from: ['PERSON', 'ORGANIZATION'], to: ['COMPETITION', 'EVENT', 'PROJECT'] },
  MEASURES: { from: ['METRIC'], to: ['PERSON', 'ORGANIZATION', 'GROUP', 'COMPETITION', 'AWARD', 'PROJECT', 'EVENT'] },
  MEASURED_IN: { from: ['METRIC'], to: ['COMPETITION', 'EVENT', 'PROJECT', 'AWARD'] },
  POSSIBLY_SAME_AS: {
    from: ['PERSON', 'ORGANIZATION', 'GROUP', 'COMPETITION', 'AWARD', 'PROJECT', 'EVENT'],
    to: ['PERSON', 'ORGANIZATION', 'GROUP', 'COMPETITION', 'AWARD', 'PROJECT', 'EVENT'],
  },
  SAME_RESULT_AS: { from: ['AWARD'], to: ['AWARD'] },
  IN_TRADE: { from: ['AWARD'], to: ['TRADE'] },
  // Not PART_OF: a trade is one entity across every competition that includes it, not a part of one.
  INCLUDES: { from: ['COMPETITION'], to: ['TRADE'] },
};

/** Levels in ascending order; the index is stored as `levelRank` so "provincial or higher" is a range query. */
export const LEVELS = ['SCHOOL', 'DISTRICT', 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL', 'INTERNATIONAL'] as const;
export type Level = (typeof LEVELS)[number];
export const levelRank = (level: Level): number => LEVELS.indexOf(level) + 1;

/**
 * Award ranks, best first within each family. `rankOrder` (stored) sorts them: medals and
 * prizes by place, then champion/runner-up, then titles and selections which have no place.
 */
export const AWARD_RANKS = [
  'GOLD_MEDAL',
  'SILVER_MEDAL',
  'BRONZE_MEDAL',
  'FIRST_PRIZE',
  'SECOND_PRIZE',
  'THIRD_PRIZE',
  'EXCELLENCE_AWARD',
  'CHAMPION',
  'RUNNER_UP',
  'FIRST_PLACE',
  'SECOND_PLACE',
  'RANKED',
  'EXCELLENT_RATING',
  'TITLE',
  'SELECTED',
  'APPROVED',
] as const;
export type AwardRank = (typeof AWARD_RANKS)[number];
export const rankOrder = (rank: AwardRank): number => AWARD_RANKS.indexOf(rank) + 1;

export const ORGANIZATION_KINDS = [
  'COLLEGE',
  'SCHOOL',
  'UNIVERSITY',
  'GOVERNMENT',
  'PARTY_COMMITTEE',
  'PROCURATORATE',
  'ASSOCIATION',
  'COMPANY',
  'PLATFORM',
  'MEDIA',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const GROUP_KINDS = [
  'PARTY_COMMITTEE',
  'PARTY_BRANCH',
  'TEACHING_GROUP',
  'CLASS',
  'MAJOR',
  'DEPARTMENT',
  'TEAM',
  'STUDIO',
  'COHORT',
  'OTHER',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  'INTEGRATED_EDUCATION',
  'JOINT_PROGRAMME',
  'PAIRED_ASSISTANCE',
  'TEACHER_SUPPORT',
  'STUDENT_PLACEMENT',
  'SIGNED_AGREEMENT',
  'APPOINTMENT',
  'PLATFORM_INTEGRATION',
  'MEDIA_COVERAGE',
  'OTHER',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export const PROJECT_STATUSES = ['APPLIED', 'IN_NEGOTIATION', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'RATED_EXCELLENT'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * How much a claim (a fact) counts among the claims competing with it, as Wikidata ranks its
 * statements: the preferred one is the answer, normal ones stand, deprecated ones are kept only
 * to say they were stated (see model/claims.ts for how a rank is derived).
 */
export const CLAIM_RANKS = ['PREFERRED', 'NORMAL', 'DEPRECATED'] as const;
export type ClaimRank = (typeof CLAIM_RANKS)[number];
