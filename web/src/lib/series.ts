import type { EntityKind, Level } from '../gql/graphql';
import { kindLabel, levelLabel, translate, type Lang } from './i18n';

/**
 * Chart-ready shapes for the series page: a point's label, and the reports' summaries as one bar
 * group per report. Pure, so the unit tier checks them.
 */

/** The number as the API gives it (no rounding, no grouping), ≥ in front of a lower bound. */
export function valueLabel(point: { value: number; lowerBound: boolean }): string {
  return `${point.lowerBound ? '≥ ' : ''}${String(point.value)}`;
}

/** The series' name and unit in the interface's language (the English gloss in English). */
export function seriesLabel(lang: Lang, series: { name: string; nameEn: string }): string {
  return lang === 'en' ? series.nameEn : series.name;
}

export function unitLabel(lang: Lang, series: { unit?: string | null; unitEn?: string | null }): string | null {
  return (lang === 'en' ? (series.unitEn ?? series.unit) : series.unit) ?? null;
}

interface Summary {
  periodKey: string;
  entityCounts: readonly { kind: EntityKind; entityCount: number }[];
  awardsByLevel: readonly { level?: Level | null; awardCount: number }[];
}

export interface GroupedBars {
  categories: string[];
  groups: { name: string; values: number[] }[];
}

/**
 * Entities by kind, one group per report. Kinds no report states are left out (the API lists
 * every kind, zero included), so the chart shows what the reports hold.
 */
export function kindBars(lang: Lang, summaries: readonly Summary[]): GroupedBars {
  const kinds = (summaries[0]?.entityCounts ?? [])
    .map((c) => c.kind)
    .filter((kind) => summaries.some((s) => (s.entityCounts.find((c) => c.kind === kind)?.entityCount ?? 0) > 0));
  return {
    categories: kinds.map((kind) => kindLabel(lang, kind)),
    groups: summaries.map((s) => ({
      name: s.periodKey,
      values: kinds.map((kind) => s.entityCounts.find((c) => c.kind === kind)?.entityCount ?? 0),
    })),
  };
}

/** Awards by level (lowest first, then those without a level), one group per report; empty levels left out. */
export function levelBars(lang: Lang, summaries: readonly Summary[]): GroupedBars {
  const levels = (summaries[0]?.awardsByLevel ?? [])
    .map((c) => c.level ?? null)
    .filter((level) => summaries.some((s) => (s.awardsByLevel.find((c) => (c.level ?? null) === level)?.awardCount ?? 0) > 0));
  return {
    categories: levels.map((level) => (level ? levelLabel(lang, level) : translate(lang, 'noLevel'))),
    groups: summaries.map((s) => ({
      name: s.periodKey,
      values: levels.map((level) => s.awardsByLevel.find((c) => (c.level ?? null) === level)?.awardCount ?? 0),
    })),
  };
}
