import { z } from 'zod';
import { text } from '../model/entityFields';

/**
 * The review block of a proposed entry (`npm run extract` writes one on everything it proposes).
 * An entry without it was written by a curator and counts as accepted; an entry with it is
 * imported only once a curator has set its status to `accepted`. Candidates and rejected entries
 * are still validated (quotes, fields, the ends of facts), so that accepting one later cannot
 * surprise anyone, but they never reach the graph.
 */
export const REVIEW_STATUSES = ['candidate', 'accepted', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const reviewSchema = z
  .object({
    status: z.enum(REVIEW_STATUSES),
    /** How sure the extractor was, from 0 to 1. */
    confidence: z.number().min(0).max(1).optional(),
    /** A known entity's id was reused because the report writes its name or one of its aliases. */
    matchedBy: z.enum(['name', 'alias']).optional(),
    /** What the extractor saw (the pattern, the words around it); for the curator. */
    evidence: text.optional(),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

/** The status of a raw entry: curated entries (no review block) are accepted. */
export function reviewStatusOf(entry: unknown): ReviewStatus {
  const review = (entry as { review?: { status?: unknown } } | null)?.review;
  const status = review?.status;
  return typeof status === 'string' && (REVIEW_STATUSES as readonly string[]).includes(status) ? (status as ReviewStatus) : 'accepted';
}

/** Entries a dataset held back from the graph because they were not accepted. */
export interface SkippedEntries {
  candidateEntities: number;
  candidateFacts: number;
  rejectedEntities: number;
  rejectedFacts: number;
}

export const noSkippedEntries = (): SkippedEntries => ({ candidateEntities: 0, candidateFacts: 0, rejectedEntities: 0, rejectedFacts: 0 });

export const skippedTotal = (s: SkippedEntries) => s.candidateEntities + s.candidateFacts + s.rejectedEntities + s.rejectedFacts;

/** One line for the import commands: how many proposed entries were left out, and why. */
export function describeSkipped(s: SkippedEntries): string | null {
  if (skippedTotal(s) === 0) return null;
  return (
    `skipped ${s.candidateEntities} candidate entities and ${s.candidateFacts} candidate facts (not reviewed yet), ` +
    `${s.rejectedEntities} rejected entities and ${s.rejectedFacts} rejected facts`
  );
}
