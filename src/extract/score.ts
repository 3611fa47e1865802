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
  /** Curated entries no proposal matched, and proposals that matched none, one line each. */
  missed: string[];
  wrong: string[];
}

const keysOf = (e: Pick<DatasetEntity, 'name' | 'aliases'>) => new Set([e.name, ...e.aliases].map(nameKey));
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const row = (
  what: string,
  curated: number,
  proposed: number,
  found: number,
  correct: number,
  missed: string[] = [],
  wrong: string[] = [],
): ScoreRow => ({
  what,
  curated,
  proposed,
  found,
  correct,
  recall: ratio(found, curated),
  precision: ratio(correct, proposed),
  missed,
  wrong,
});

/** One-to-one matching, greedy in order: each proposal takes the first curated entry it matches that is still free. */
function match<P, C>(proposals: P[], curated: C[], same: (p: P, c: C) => boolean) {
  const taken = new Set<number>();
  const wrong: P[] = [];
  for (const p of proposals) {
    const index = curated.findIndex((c, i) => !taken.has(i) && same(p, c));
    if (index >= 0) taken.add(index);
    else wrong.push(p);
  }
  return { found: taken.size, correct: proposals.length - wrong.length, missed: curated.filter((_, i) => !taken.has(i)), wrong };
}

export function scoreExtraction(extraction: Extraction, curated: Dataset, reportId: string, minConfidence = 0): ScoreRow[] {
  const ofReport = (sources: { report: string }[]) => sources.some((s) => s.report === reportId);
  const entities = new Map(curated.entities.map((e) => [e.id, e]));
  const places = (sources: { report: string; section: string; item: number | null }[]) =>
    new Set(sources.filter((s) => s.report === reportId).map((s) => `${s.section}.${s.item ?? ''}`));

  const proposedEntity = (id: string) => extraction.entities.get(id)!;
  const confident = <T extends { review: { confidence?: number } }>(list: T[]) =>
    list.filter((x) => (x.review.confidence ?? 0) >= minConfidence);

  // People: every proposed person against every curated person of the report.
  const curatedPeople = curated.entities.filter((e) => e.kind === 'PERSON' && ofReport(e.sources)).map(keysOf);
  const proposedPeople = confident([...extraction.entities.values()].filter((e) => e.kind === 'PERSON'));
  const people = match(proposedPeople, curatedPeople, (p, keys) => keys.has(nameKey(String(p.fields.name))));
  // A second proposal for a matched person (the report spells a name two ways) is still right.
  const peopleCorrect = proposedPeople.filter((p) => curatedPeople.some((keys) => keys.has(nameKey(String(p.fields.name))))).length;

  // Awards: RECEIVED facts, by winner, place and award words.
  const curatedAwards = curated.facts
    .filter((f) => f.type === 'RECEIVED' && ofReport(f.sources))
    .map((f) => ({
      winner: keysOf(entities.get(f.from)!),
      award: entities.get(f.to)!,
      places: places(f.sources),
      label: `${[...places(f.sources)].join(',')} ${entities.get(f.from)!.name} → ${entities.get(f.to)!.name}`,
    }));
  const proposedAwards = confident(extraction.facts.filter((f) => f.type === 'RECEIVED'));
  const awards = match(proposedAwards, curatedAwards, (p, c) => {
    const winner = proposedEntity(p.from);
    const award = proposedEntity(p.to).fields as { name: string; rankText: string };
    const place = `${p.section}.${p.sources[0]?.item ?? ''}`;
    const curatedAward = c.award as DatasetEntity & { rankText?: string };
    const names = [curatedAward.name, ...curatedAward.aliases].map(nameKey);
    const [ours, theirs] = [nameKey(award.rankText), nameKey(curatedAward.rankText ?? curatedAward.name)];
    // The same rank in other words (第一 and 第一名), or one name containing the other.
    const sameWords =
      theirs.includes(ours) ||
      ours.includes(theirs) ||
      names.some((n) => n.includes(nameKey(award.name)) || nameKey(award.name).includes(n));
    return c.places.has(place) && c.winner.has(nameKey(String(winner.fields.name))) && sameWords;
  });

  // Partnerships: PARTNERED_WITH facts, by partner and place.
  const curatedPartners = curated.facts
    .filter((f) => f.type === 'PARTNERED_WITH' && ofReport(f.sources))
    .map((f) => ({
      partner: keysOf(entities.get(f.to)!),
      places: places(f.sources),
      label: `${[...places(f.sources)].join(',')} ${entities.get(f.to)!.name}`,
    }));
  const proposedPartners = confident(extraction.facts.filter((f) => f.type === 'PARTNERED_WITH'));
  const partners = match(
    proposedPartners,
    curatedPartners,
    (p, c) => c.places.has(`${p.section}.${p.sources[0]?.item ?? ''}`) && c.partner.has(nameKey(String(proposedEntity(p.to).fields.name))),
  );

  const nameOf = (id: string) => String(proposedEntity(id).fields.name);
  const factLabel = (f: (typeof proposedAwards)[number]) => `${f.section}.${f.sources[0]?.item ?? ''} ${nameOf(f.from)} → ${nameOf(f.to)}`;
  const curatedNames = curated.entities.filter((e) => e.kind === 'PERSON' && ofReport(e.sources));
  return [
    row(
      'people',
      curatedPeople.length,
      proposedPeople.length,
      people.found,
      peopleCorrect,
      curatedNames.filter((_, i) => people.missed.includes(curatedPeople[i]!)).map((e) => e.name),
      proposedPeople
        .filter((p) => !curatedPeople.some((keys) => keys.has(nameKey(String(p.fields.name)))))
        .map((p) => String(p.fields.name)),
    ),
    row(
      'awards (winner + award)',
      curatedAwards.length,
      proposedAwards.length,
      awards.found,
      awards.correct,
      awards.missed.map((c) => c.label),
      awards.wrong.map(factLabel),
    ),
    row(
      'partnerships',
      curatedPartners.length,
      proposedPartners.length,
      partners.found,
      partners.correct,
      partners.missed.map((c) => c.label),
      partners.wrong.map(factLabel),
    ),
  ];
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** What each row missed and got wrong, for --verbose. */
export function formatDetails(rows: ScoreRow[]): string {
  return rows
    .flatMap((r) => [
      `${r.what}: missed ${r.missed.length}${r.missed.map((m) => `\n  - ${m}`).join('')}`,
      `${r.what}: wrong ${r.wrong.length}${r.wrong.map((w) => `\n  + ${w}`).join('')}`,
    ])
    .join('\n');
}

/** The rows as a plain-text table. */
export function formatScore(rows: ScoreRow[]): string {
  const header = ['', 'curated', 'proposed', 'found', 'correct', 'recall', 'precision'];
  const lines = [
    header,
    ...rows.map((r) => [
      r.what,
      String(r.curated),
      String(r.proposed),
      String(r.found),
      String(r.correct),
      percent(r.recall),
      percent(r.precision),
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}
