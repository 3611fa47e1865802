import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  entityValueFromProperties,
  factValueFromProperties,
  reportFromProperties,
  seriesValueFromProperties,
  type EntityValue,
  type FactValue,
  type Props,
  type SeriesValue,
} from '../data/codec';
import type { Executor } from '../neo4j/executor';
import type { Provenance } from '../model/provenance';
import { sectionNumber, type Section } from '../model/sections';
import type { RelationType } from '../model/vocabulary';
import { sectionFileName, SERIES_FILE } from './format';

/**
 * Writes the whole graph as a dataset in the seed format (seed/README.md): one folder per report
 * with its manifest and text, one file per section. Importing it into an empty database gives
 * back the same graph, so this is also the backup path.
 */

type Entry = Record<string, unknown>;

const sourceEntry = (s: Provenance, fileSection: Section) => ({
  ...(s.section !== fileSection ? { section: s.section } : {}),
  ...(s.item !== null ? { item: s.item } : {}),
  quote: s.quote,
});

/** Groups provenances by report, keeping their order. */
function byReport(sources: Provenance[]): Map<string, Provenance[]> {
  const groups = new Map<string, Provenance[]>();
  for (const s of sources) groups.set(s.report, [...(groups.get(s.report) ?? []), s]);
  return groups;
}

export interface ExportSummary {
  reports: number;
  entities: number;
  facts: number;
  series: number;
  files: number;
}

interface GraphSnapshot {
  reports: Props[];
  entities: EntityValue[];
  facts: FactValue[];
  series: SeriesValue[];
}

/** The whole graph in a stable order, read in one transaction so that it is consistent. */
function readGraphSnapshot(db: Executor): Promise<GraphSnapshot> {
  return db.read(async (tx) => {
    const reports = await tx.run('MATCH (r:Report) RETURN properties(r) AS props ORDER BY r.id');
    const entities = await tx.run('MATCH (n:Entity) RETURN properties(n) AS props ORDER BY n.id');
    const facts = await tx.run(
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.id',
    );
    const series = await tx.run('MATCH (s:Series) RETURN properties(s) AS props ORDER BY s.key');
    return {
      reports: reports.records.map((r) => r.get('props') as Props),
      entities: entities.records.map((r) => entityValueFromProperties(r.get('props') as Props)),
      facts: facts.records.map((r) =>
        factValueFromProperties(r.get('type') as RelationType, r.get('from') as string, r.get('to') as string, r.get('props') as Props),
      ),
      series: series.records.map((r) => seriesValueFromProperties(r.get('props') as Props)),
    };
  });
}

export async function exportDataset(db: Executor, targetDir: string): Promise<ExportSummary> {
  const snapshot = await readGraphSnapshot(db);
  // files[reportId][section] → the entries of that file
  const files = new Map<string, Map<Section, { entities: Entry[]; facts: Entry[] }>>();
  const fileFor = (report: string, section: Section) => {
    const sections = files.get(report) ?? files.set(report, new Map()).get(report)!;
    return sections.get(section) ?? sections.set(section, { entities: [], facts: [] }).get(section)!;
  };

  for (const entity of snapshot.entities) {
    const { id, kind, name, nameEn, note, aliases, sources: allSources, ...fields } = entity;
    for (const [report, sources] of byReport(allSources)) {
      const section = sources[0]!.section;
      const aliasEntries = aliases.flatMap((alias) => {
        const source = sources.find((s) => s.quote.includes(alias));
        return source ? [{ name: alias, source: sourceEntry(source, section) }] : [];
      });
      fileFor(report, section).entities.push({
        id,
        kind,
        name,
        nameEn,
        ...fields,
        ...(note ? { note } : {}),
        ...(aliasEntries.length > 0 ? { aliases: aliasEntries } : {}),
        sources: sources.map((s) => sourceEntry(s, section)),
      });
    }
  }
  for (const { sources: allSources, ended: allEnds, ...fact } of snapshot.facts) {
    // Each report's entry carries that report's sources and end quotes (a report may give only the end).
    const sourcesBy = byReport(allSources);
    const endsBy = byReport(allEnds ?? []);
    for (const report of new Set([...sourcesBy.keys(), ...endsBy.keys()])) {
      const sources = sourcesBy.get(report) ?? [];
      const ends = endsBy.get(report) ?? [];
      const section = (sources[0] ?? ends[0])!.section;
      fileFor(report, section).facts.push({
        ...fact,
        ...(ends.length > 0 ? { ended: ends.map((s) => sourceEntry(s, section)) } : {}),
        ...(sources.length > 0 ? { sources: sources.map((s) => sourceEntry(s, section)) } : {}),
      });
    }
  }

  // A series is declared once, in the folder of the earliest report that states a point of it.
  const seriesByReport = new Map<string, SeriesValue[]>();
  for (const series of snapshot.series) {
    const reports = snapshot.entities.filter((e) => e.series === series.key).flatMap((e) => e.sources.map((s) => s.report));
    const first = [...new Set(reports)].sort()[0];
    if (first) seriesByReport.set(first, [...(seriesByReport.get(first) ?? []), series]);
  }

  let fileCount = 0;
  for (const report of snapshot.reports) {
    const id = report.id as string;
    const folder = path.join(targetDir, 'reports', id.replace(/^report\//, ''));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'report.txt'), report.text as string);
    const { sectionTitlesEn } = reportFromProperties(report);
    const manifest = {
      id,
      title: report.title,
      titleEn: report.titleEn,
      period: report.period,
      semester: report.semester,
      text: 'report.txt',
      sha256: report.sha256,
      ...(Object.keys(sectionTitlesEn).length > 0 ? { sectionTitlesEn } : {}),
    };
    fs.writeFileSync(path.join(folder, 'report.yaml'), YAML.stringify(manifest, { lineWidth: 0 }));
    const sections = [...(files.get(id) ?? new Map<Section, never>())].sort(([a], [b]) => sectionNumber(a) - sectionNumber(b));
    for (const [section, content] of sections) {
      const header = `# Exported from the graph: section ${section} of ${id}.\n`;
      fs.writeFileSync(path.join(folder, sectionFileName(section)), header + YAML.stringify({ section, ...content }, { lineWidth: 0 }));
      fileCount++;
    }
    const declared = seriesByReport.get(id);
    if (declared) {
      const header = `# Exported from the graph: the metric series whose first point ${id} states.\n`;
      fs.writeFileSync(path.join(folder, SERIES_FILE), header + YAML.stringify({ series: declared }, { lineWidth: 0 }));
      fileCount++;
    }
  }
  return {
    reports: snapshot.reports.length,
    entities: snapshot.entities.length,
    facts: snapshot.facts.length,
    series: snapshot.series.length,
    files: fileCount,
  };
}
