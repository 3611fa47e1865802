import type { AwardOrderField, AwardRank, EntityKind, Level, RecipientKind, RelationType, SortDirection } from '../gql/graphql';

/**
 * Runtime lists of the API's enum values (the generated types are unions only), in the schema's
 * order, which is also the order the interface shows them in.
 */
export const LEVELS = ['SCHOOL', 'DISTRICT', 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL', 'INTERNATIONAL'] as const satisfies readonly Level[];

export const RANKS = [
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
] as const satisfies readonly AwardRank[];

export const RECIPIENT_KINDS = [
  'PERSON',
  'STUDENT',
  'TEACHER',
  'GROUP',
  'ORGANIZATION',
  'COLLEGE',
] as const satisfies readonly RecipientKind[];

export const ENTITY_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'GROUP',
  'COMPETITION',
  'AWARD',
  'PROJECT',
  'EVENT',
  'METRIC',
  'TRADE',
] as const satisfies readonly EntityKind[];

export const ORDER_FIELDS = ['DATE', 'LEVEL', 'RANK', 'NAME'] as const satisfies readonly AwardOrderField[];

export const DIRECTIONS = ['ASC', 'DESC'] as const satisfies readonly SortDirection[];

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
] as const satisfies readonly RelationType[];

/** Report sections as written (一 to 十), index = section number; 0 is the preamble. */
// Section numerals (前言, 一 … 九十九) are vocabulary shared with the service: one pure module
// without I/O, so the explorer and the server can never disagree on them.
export { MAX_SECTION, sectionNumberOf, sectionOf } from '../../../src/model/sections';

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}
