import { sectionNumber, type Section } from '../model/sections';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../model/vocabulary';
import { itemKey } from './corpus';
import type { Dataset } from './dataset';

/** How much of each report the dataset covers: counts, and the numbered items with no fact. */
export interface CoverageReport {
  entitiesByKind: Record<EntityKind, number>;
  factsByType: Record<RelationType, number>;
  /** Per section: entities and facts with at least one source there. */
  bySection: { section: Section; entities: number; facts: number; items: number; itemsWithoutFacts: number }[];
  /** `${report} ${section}.${item}` of every numbered item that no entity or fact cites. */
  emptyItems: string[];
}

export function computeCoverage(dataset: Dataset): CoverageReport {
  const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  const factsByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const e of dataset.entities) entitiesByKind[e.kind]++;
  for (const f of dataset.facts) factsByType[f.type]++;

  const cited = new Set<string>();
  const cite = (sources: { report: string; section: Section; item: number | null }[]) => {
    for (const s of sources) if (s.item !== null) cited.add(`${s.report} ${itemKey(s.section, s.item)}`);
  };
  dataset.entities.forEach((e) => cite(e.sources));
  dataset.facts.forEach((f) => cite(f.sources));

  const emptyItems: string[] = [];
  // Every section any report has, in order: reports differ in how many sections they have.
  const sections = [...new Set(dataset.reports.flatMap((r) => r.corpus.sections.map((s) => s.section)))].sort(
    (a, b) => sectionNumber(a) - sectionNumber(b),
  );
  const bySection = sections.map((section) => {
    const inSection = (sources: { section: Section }[]) => sources.some((s) => s.section === section);
    let items = 0;
    let itemsWithoutFacts = 0;
    for (const report of dataset.reports) {
      for (const key of report.corpus.itemText.keys()) {
        if (!key.startsWith(`${section}.`)) continue;
        items++;
        if (!cited.has(`${report.id} ${key}`)) {
          itemsWithoutFacts++;
          emptyItems.push(`${report.id} ${key}`);
        }
      }
    }
    return {
      section,
      entities: dataset.entities.filter((e) => inSection(e.sources)).length,
      facts: dataset.facts.filter((f) => inSection(f.sources)).length,
      items,
      itemsWithoutFacts,
    };
  });
  return { entitiesByKind, factsByType, bySection, emptyItems };
}

export function formatCoverage(report: CoverageReport): string {
  const lines = ['Entities by kind:'];
  for (const [kind, n] of Object.entries(report.entitiesByKind)) lines.push(`  ${kind.padEnd(16)} ${n}`);
  lines.push('Facts by type:');
  for (const [type, n] of Object.entries(report.factsByType)) lines.push(`  ${type.padEnd(16)} ${n}`);
  lines.push('By section (entities / facts citing it; numbered items without any fact):');
  for (const s of report.bySection) {
    lines.push(`  ${s.section.padEnd(3)} entities ${String(s.entities).padStart(4)}  facts ${String(s.facts).padStart(4)}  empty items ${s.itemsWithoutFacts}/${s.items}`);
  }
  lines.push(
    report.emptyItems.length === 0
      ? 'Every numbered item of every report yields at least one fact.'
      : `Items without any fact (${report.emptyItems.length}):\n${report.emptyItems.map((i) => `  ${i}`).join('\n')}`,
  );
  return lines.join('\n');
}
