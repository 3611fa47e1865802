import YAML from 'yaml';
import type { DatasetFile } from '../seed/dataset';
import { prepareReportFolder, type NewReportOptions } from '../seed/newReport';
import type { Extraction, ProposedEntity, ProposedFact } from './extract';

/**
 * The extraction as a dataset folder in the normal format: the files `npm run report:new` makes
 * (the text byte for byte, report.yaml with its SHA-256, a section file per section with its
 * outline in comments), with every proposed entity and fact in its section's file, each marked
 * for review. An entity named in several sections is declared in each, with that section's
 * sources; the loader combines them.
 */
export function proposalFiles(bytes: Buffer, extraction: Extraction, options: NewReportOptions): DatasetFile[] {
  const files = prepareReportFolder(bytes, options);
  const bySection = new Map<string, { entities: unknown[]; facts: unknown[] }>();
  const of = (section: string) => bySection.get(section) ?? bySection.set(section, { entities: [], facts: [] }).get(section)!;
  for (const entity of extraction.entities.values()) {
    for (const [section, sources] of entity.sources) of(section).entities.push(entityEntry(entity, section, sources));
  }
  for (const fact of extraction.facts) of(fact.section).facts.push(factEntry(fact));

  return files.map((file) => {
    if (!/\/section-\d+\.yaml$/.test(file.path)) return file;
    const content = file.content.toString();
    const section = (YAML.parse(content) as { section: string }).section;
    const comments = content.split('\n').filter((line) => line.startsWith('#'));
    const entries = bySection.get(section) ?? { entities: [], facts: [] };
    const header = [
      ...comments,
      `# Proposed by npm run extract: ${entries.entities.length} entities and ${entries.facts.length} facts, every one a candidate.`,
      '# Review each: set review.status to accepted (or rejected), correct what is wrong, then npm run import.',
    ];
    return { ...file, content: `${header.join('\n')}\n${YAML.stringify({ section, ...entries }, { lineWidth: 0 })}` };
  });
}

function entityEntry(entity: ProposedEntity, section: string, sources: ProposedEntity['sources'] extends Map<string, infer S> ? S : never) {
  const { id: _id, kind: _kind, ...fields } = entity.fields;
  const aliases = entity.aliases.filter((a) => a.section === section).map((a) => ({ name: a.name, source: a.source }));
  return { id: entity.id, kind: entity.kind, ...fields, ...(aliases.length > 0 ? { aliases } : {}), sources, review: entity.review };
}

function factEntry(fact: ProposedFact) {
  return { id: fact.id, type: fact.type, from: fact.from, to: fact.to, ...fact.fields, sources: fact.sources, review: fact.review };
}
