import { nameKey } from '../model/names';
import type { Dataset, DatasetEntity } from '../seed/dataset';
import type { Extraction } from './extract';

/**
 * How the extractor's proposals compare with a report's curated data: recall (the share of
 * curated entries some proposal matches) and precision (the share of proposals that match a
 * curated entry), for people, awards and partnerships. Names match by lookup's keys
 * (model/names.ts) against the curated name and aliases; an award by its winner, its place
 * (section and item) and its words (the same rank text, or one name containing the other); a
 * partnership by the partner and its place. Each curated entry is matched at most once.
 */

export interface ScoreRow {
  what: string;
  curated: number;
  proposed: number;
  /** Curated entries some proposal matches. */
  found: number;
  /** Proposals that match a curated entry. */
  correct: number;
  recall: number;
  precision: number;
}

const keysOf = (e: Pick<DatasetEntity, 'name' | 'aliases'>) => new Set([e.name, ...e.aliases].map(nameKey));
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const row = (what: string, curated: number, proposed: number, found: number, correct: number): ScoreRow => ({
  what,
  curated,
  proposed,
  found,
  correct,
  recall: ratio(found, curated),
  precision: ratio(correct, proposed),
});

/** One-to-one matching, greedy in order: each proposal takes the first curated entry it matches that is still free. */
function match<P, C>(proposals: P[], curated: C[], same: (p: P, c: C) => boolean): { found: number; correct: number } {
  const taken = new Set<number>();
  let correct = 0;
  for (const p of proposals) {
    const index = curated.findIndex((c, i) => !taken.has(i) && same(p, c));
    if (index >= 0) {
      taken.add(index);
      correct++;
    }
  }
  return { found: taken.size, correct };
}

export function scoreExtraction(extraction: Extraction, curated: Dataset, reportId: string, minConfidence = 0): ScoreRow[] {
  const ofReport = (sources: { report: string }[]) => sources.some((s) => s.report === reportId);
  const entities = new Map(curated.entities.map((e) => [e.id, e]));
  const places = (sources: { report: string; section: string; item: number | null }[]) =>
    new Set(sources.filter((s) => s.report === reportId).map((s) => `${s.section}.${s.item ?? ''}`));

  const proposedEntity = (id: string) => extraction.entities.get(id)!;
  const confident = <T extends { review: { confidence?: number } }>(list: T[]) => list.filter((x) => (x.review.confidence ?? 0) >= minConfidence);

  // People: every proposed person against every curated person of the report.
  const curatedPeople = curated.entities.filter((e) => e.kind === 'PERSON' && ofReport(e.sources)).map(keysOf);
  const proposedPeople = confident([...extraction.entities.values()].filter((e) => e.kind === 'PERSON'));
  const people = match(proposedPeople, curatedPeople, (p, keys) => keys.has(nameKey(String(p.fields.name))));
  // A second proposal for a matched person (the report spells a name two ways) is still right.
  const peopleCorrect = proposedPeople.filter((p) => curatedPeople.some((keys) => keys.has(nameKey(String(p.fields.name))))).length;

  // Awards: RECEIVED facts, by winner, place and award words.
  const curatedAwards = curated.facts
    .filter((f) => f.type === 'RECEIVED' && ofReport(f.sources))
    .map((f) => ({ winner: keysOf(entities.get(f.from)!), award: entities.get(f.to)!, places: places(f.sources) }));
  const proposedAwards = confident(extraction.facts.filter((f) => f.type === 'RECEIVED'));
  const awards = match(proposedAwards, curatedAwards, (p, c) => {
    const winner = proposedEntity(p.from);
    const award = proposedEntity(p.to).fields as { name: string; rankText: string };
    const place = `${p.section}.${p.sources[0]?.item ?? ''}`;
    const curatedAward = c.award as DatasetEntity & { rankText?: string };
    const names = [curatedAward.name, ...curatedAward.aliases].map(nameKey);
    const sameWords =
      (curatedAward.rankText !== undefined && nameKey(curatedAward.rankText) === nameKey(award.rankText) && names.some((n) => n.includes(nameKey(award.rankText)))) ||
      names.some((n) => n.includes(nameKey(award.name)) || nameKey(award.name).includes(n));
    return c.places.has(place) && c.winner.has(nameKey(String(winner.fields.name))) && sameWords;
  });

  // Partnerships: PARTNERED_WITH facts, by partner and place.
  const curatedPartners = curated.facts
    .filter((f) => f.type === 'PARTNERED_WITH' && ofReport(f.sources))
    .map((f) => ({ partner: keysOf(entities.get(f.to)!), places: places(f.sources) }));
  const proposedPartners = confident(extraction.facts.filter((f) => f.type === 'PARTNERED_WITH'));
  const partners = match(proposedPartners, curatedPartners, (p, c) => c.places.has(`${p.section}.${p.sources[0]?.item ?? ''}`) && c.partner.has(nameKey(String(proposedEntity(p.to).fields.name))));

  return [
    row('people', curatedPeople.length, proposedPeople.length, people.found, peopleCorrect),
    row('awards (winner + award)', curatedAwards.length, proposedAwards.length, awards.found, awards.correct),
    row('partnerships', curatedPartners.length, proposedPartners.length, partners.found, partners.correct),
  ];
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The rows as a plain-text table. */
export function formatScore(rows: ScoreRow[]): string {
  const header = ['', 'curated', 'proposed', 'found', 'correct', 'recall', 'precision'];
  const lines = [header, ...rows.map((r) => [r.what, String(r.curated), String(r.proposed), String(r.found), String(r.correct), percent(r.recall), percent(r.precision)])];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}
