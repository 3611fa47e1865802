import type { PartnershipKind } from '../model/vocabulary';
import type { CypherParams } from './projection';

/**
 * What a PARTNERED_WITH fact is. Coverage by a medium and presence on a platform are stored as
 * PARTNERED_WITH (kinds MEDIA_COVERAGE, PLATFORM_INTEGRATION) but are not partnerships; the
 * organisation's kind tells them too, whichever end it stands at.
 */
export type PartnershipCategory = 'PARTNERSHIP' | 'MEDIA_COVERAGE' | 'PLATFORM';

/** Which PARTNERED_WITH facts a list keeps: by kind, and by category (PARTNERSHIP alone by default). */
export interface PartnershipFilter {
  kinds: PartnershipKind[] | null;
  categories: PartnershipCategory[];
}

/** The category of the PARTNERED_WITH fact `r` between the organisations `a` and `b`, in Cypher. */
export function partnershipCategory(r: string, a: string, b: string, params: CypherParams): string {
  const media = params.add('MEDIA');
  const platform = params.add('PLATFORM');
  return `CASE
       WHEN ${r}.partnershipKind = ${params.add('MEDIA_COVERAGE')} OR ${a}.orgKind = ${media} OR ${b}.orgKind = ${media} THEN ${params.add('MEDIA_COVERAGE')}
       WHEN ${r}.partnershipKind = ${params.add('PLATFORM_INTEGRATION')} OR ${a}.orgKind = ${platform} OR ${b}.orgKind = ${platform} THEN ${params.add('PLATFORM')}
       ELSE ${params.add('PARTNERSHIP')} END`;
}

/** The conditions that keep the facts `filter` asks for. */
export function partnershipConditions(r: string, a: string, b: string, filter: PartnershipFilter, params: CypherParams): string[] {
  const kinds = params.add(filter.kinds);
  return [
    `(${kinds} IS NULL OR ${r}.partnershipKind IN ${kinds})`,
    `${partnershipCategory(r, a, b, params)} IN ${params.add(filter.categories)}`,
  ];
}
