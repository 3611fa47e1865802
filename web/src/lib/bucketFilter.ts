import type { AwardTableState } from './awardFilters';
import { isOneOf, LEVELS, MAX_SECTION, RANKS, RECIPIENT_KINDS, sectionNumberOf } from './enums';

export type Dimension = 'LEVEL' | 'RANK' | 'RECIPIENT_KIND' | 'SECTION';

/**
 * The awards-table filter behind a dashboard bar. Buckets the filter cannot express (awards
 * without a level or recipient kind: key UNSPECIFIED) give undefined and are not clickable.
 */
export function bucketFilter(dimension: Dimension, key: string): Partial<AwardTableState> | undefined {
  switch (dimension) {
    case 'LEVEL':
      return isOneOf(LEVELS, key) ? { level: key } : undefined;
    case 'RANK':
      return isOneOf(RANKS, key) ? { rank: [key] } : undefined;
    case 'RECIPIENT_KIND':
      return isOneOf(RECIPIENT_KINDS, key) ? { recipientKind: key } : undefined;
    case 'SECTION': {
      const number = sectionNumberOf(key) ?? (/^\d{1,2}$/.test(key) ? Number(key) : null);
      return number !== null && number >= 1 && number <= MAX_SECTION ? { section: number } : undefined;
    }
  }
}
