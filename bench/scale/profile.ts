import type { Dataset } from '../../src/seed/dataset';
import { ENTITY_KINDS, type AwardRank, type EntityKind, type Level, type RelationType } from '../../src/model/vocabulary';

/**
 * The shape of the curated report, measured from the seed itself, so that the synthetic graphs
 * follow the report as it is curated: how many entities of each kind, which kinds each
 * relationship type joins and how often, award ranks and levels, organisation and group kinds,
 * how many facts state a role, how many entities have more than one source.
 */
export interface SeedProfile {
  entities: number;
  facts: number;
  kinds: Record<EntityKind, number>;
  /** Relationship type with the kinds at its ends, and how many facts of the seed join them (IN_TRADE apart). */
  combos: (readonly [RelationType, EntityKind, EntityKind, number])[];
  /** Share of awards linked IN_TRADE to a trade. */
  tradeShareOfAwards: number;
  awardRanks: (readonly [AwardRank, number])[];
  /** The report's own words for each rank (一等奖, 银牌 …). */
  rankTexts: Partial<Record<AwardRank, string[]>>;
  awardLevels: (readonly [Level | null, number])[];
  orgKinds: (readonly [string, number])[];
  groupKinds: (readonly [string, number])[];
  /** Share of the facts of a type that state a role. */
  roleShare: Partial<Record<RelationType, number>>;
  /** Share of entities with more than one source, and of facts. */
  entitiesWithMoreSources: number;
  factsWithMoreSources: number;
}

const tally = <T>(values: T[]): (readonly [T, number])[] => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
};

export function profileOf(seed: Dataset): SeedProfile {
  const kindOf = new Map(seed.entities.map((e) => [e.id, e.kind]));
  const kinds = Object.fromEntries(ENTITY_KINDS.map((k) => [k, seed.entities.filter((e) => e.kind === k).length])) as Record<
    EntityKind,
    number
  >;
  const combos = tally(
    seed.facts.filter((f) => f.type !== 'IN_TRADE').map((f) => `${f.type}|${kindOf.get(f.from)}|${kindOf.get(f.to)}`),
  ).map(([key, n]) => {
    const [type, from, to] = key.split('|') as [RelationType, EntityKind, EntityKind];
    return [type, from, to, n] as const;
  });
  const awards = seed.entities.filter((e) => e.kind === 'AWARD');
  const rankTexts: Partial<Record<AwardRank, string[]>> = {};
  for (const award of awards) {
    if (award.kind !== 'AWARD') continue;
    const texts = (rankTexts[award.rank] ??= []);
    if (!texts.includes(award.rankText)) texts.push(award.rankText);
  }
  const roleShare: Partial<Record<RelationType, number>> = {};
  for (const [type, facts] of tally(seed.facts.map((f) => f.type))) {
    const withRole = seed.facts.filter((f) => f.type === type && f.role !== undefined).length;
    if (withRole > 0) roleShare[type] = withRole / facts;
  }
  return {
    entities: seed.entities.length,
    facts: seed.facts.length,
    kinds,
    combos,
    tradeShareOfAwards: seed.facts.filter((f) => f.type === 'IN_TRADE').length / Math.max(1, awards.length),
    awardRanks: tally(awards.map((a) => (a.kind === 'AWARD' ? a.rank : 'TITLE'))),
    rankTexts,
    awardLevels: tally(awards.map((a) => (a.kind === 'AWARD' ? (a.level ?? null) : null))),
    orgKinds: tally(seed.entities.flatMap((e) => (e.kind === 'ORGANIZATION' ? [e.orgKind] : []))),
    groupKinds: tally(seed.entities.flatMap((e) => (e.kind === 'GROUP' ? [e.groupKind] : []))),
    roleShare,
    entitiesWithMoreSources: seed.entities.filter((e) => e.sources.length > 1).length / seed.entities.length,
    factsWithMoreSources: seed.facts.filter((f) => f.sources.length > 1).length / seed.facts.length,
  };
}
