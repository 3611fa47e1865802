import type { EntityKind } from '../gql/graphql';

/** One colour per kind, shared by badges, the graph and its legend (AA contrast with white text). */
export const KIND_COLORS: Record<EntityKind, string> = {
  PERSON: '#1f5fbf',
  ORGANIZATION: '#6b3fbf',
  GROUP: '#0f7a6e',
  COMPETITION: '#b35900',
  AWARD: '#8a6d00',
  PROJECT: '#2e7d32',
  EVENT: '#b0306a',
  METRIC: '#555f6d',
  TRADE: '#8c3a2b',
};
