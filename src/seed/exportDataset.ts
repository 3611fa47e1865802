import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readGraphSnapshot } from '../data/export';
import type { Database } from '../neo4j/driver';
import { fromProvenanceProperties, type Provenance } from '../model/provenance';
import { SECTIONS, sectionNumber, type Section } from '../model/vocabulary';

/**
 * Writes the whole graph as a dataset in the seed format (seed/README.md): one folder per report
 * with its manifest and text, one file per section. Importing it into an empty database gives
 * back the same graph, so this is also the backup path.
 */

/** Properties the loader derives or stores separately; they are not written back as fields. */
const DERIVED = new Set([
  'id', 'kind', 'name', 'nameEn', 'note', 'aliases', 'aliasText',
  'srcReport', 'srcSection', 'srcItem', 'srcQuote',
  'pinyin', 'pinyinPlain', 'pinyinInitials', 'pinyinText', 'levelRank', 'rankOrder',
]);

type Entry = Record<string, unknown>;

const sourceEntry = (s: Provenance, fileSection: Section) => ({
  ...(s.section !== fileSection ? { section: s.section } : {}),
  ...(s.item !== null ? { item: s.item } : {}),
  quote: s.quote,
});

const fileNameOf = (section: Section) => `section-${String(sectionNumber(section)).padStart(2, '0')}.yaml`;

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
  files: number;
}

export async function exportDataset(db: Database, targetDir: string): Promise<ExportSummary> {
  const snapshot = await readGraphSnapshot(db);
  // files[reportId][section] → the entries of that file
  const files = new Map<string, Map<Section, { entities: Entry[]; facts: Entry[] }>>();
  const fileFor = (report: string, section: Section) => {
    const sections = files.get(report) ?? files.set(report, new Map()).get(report)!;
    return sections.get(section) ?? sections.set(section, { entities: [], facts: [] }).get(section)!;
  };

  for (const props of snapshot.entities) {
    const aliases = (props.aliases as string[] | undefined) ?? [];
    for (const [report, sources] of byReport(fromProvenanceProperties(props))) {
      const section = sources[0]!.section;
      const fields = Object.fromEntries(Object.entries(props).filter(([k]) => !DERIVED.has(k)));
      const aliasEntries = aliases.flatMap((name) => {
        const source = sources.find((s) => s.quote.includes(name));
        return source ? [{ name, source: sourceEntry(source, section) }] : [];
      });
      fileFor(report, section).entities.push({
        id: props.id,
        kind: props.kind,
        name: props.name,
        nameEn: props.nameEn,
        ...fields,
        ...(props.note ? { note: props.note } : {}),
        ...(aliasEntries.length > 0 ? { aliases: aliasEntries } : {}),
        sources: sources.map((s) => sourceEntry(s, section)),
      });
    }
  }
  for (const fact of snapshot.facts) {
    const { srcReport: _r, srcSection: _s, srcItem: _i, srcQuote: _q, id, ...fields } = fact.props;
    for (const [report, sources] of byReport(fromProvenanceProperties(fact.props))) {
      const section = sources[0]!.section;
      fileFor(report, section).facts.push({
        id,
        type: fact.type,
        from: fact.from,
        to: fact.to,
        ...fields,
        sources: sources.map((s) => sourceEntry(s, section)),
      });
    }
  }

  let fileCount = 0;
  for (const report of snapshot.reports) {
    const id = report.id as string;
    const folder = path.join(targetDir, 'reports', id.replace(/^report\//, ''));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'report.txt'), report.text as string);
    const manifest = { id, title: report.title, titleEn: report.titleEn, period: report.period, text: 'report.txt', sha256: report.sha256 };
    fs.writeFileSync(path.join(folder, 'report.yaml'), YAML.stringify(manifest, { lineWidth: 0 }));
    for (const section of SECTIONS) {
      const content = files.get(id)?.get(section);
      if (!content) continue;
      const header = `# Exported from the graph: section ${section} of ${id}.\n`;
      fs.writeFileSync(path.join(folder, fileNameOf(section)), header + YAML.stringify({ section, ...content }, { lineWidth: 0 }));
      fileCount++;
    }
  }
  return { reports: snapshot.reports.length, entities: snapshot.entities.length, facts: snapshot.facts.length, files: fileCount };
}
