import YAML from 'yaml';
import type { DatasetFile } from '../../src/seed/dataset';
import type { Provenance } from '../../src/model/provenance';
import type { ReportBatch } from './generate';

/**
 * Generated reports as dataset files (the seed's format: report.yaml, report.txt and a file of
 * entries per report), so that a synthetic graph can be checked by the project's own validator
 * (`readDataset`, what `npm run import` runs first) or imported with `npm run import`.
 */

const source = (s: Provenance) =>
  s.item === null ? { section: s.section, quote: s.quote } : { section: s.section, item: s.item, quote: s.quote };

export function datasetFiles(batches: Iterable<ReportBatch>): DatasetFile[] {
  const files: DatasetFile[] = [];
  for (const { report, entities, facts } of batches) {
    const folder = `reports/${report.folder}`;
    const { folder: _folder, corpus, ...manifest } = report;
    files.push({ path: `${folder}/report.yaml`, content: YAML.stringify(manifest) });
    files.push({ path: `${folder}/report.txt`, content: corpus.text });
    const entries = {
      section: '前言',
      entities: entities.map(({ files: _files, pinyin: _pinyin, sources, aliases, ...entity }) => {
        // An alias is stated with the quote that contains it; the reader adds that quote to the sources.
        const aliasSources = aliases.map((name) => sources.find((s) => s.quote === name)!);
        return {
          ...entity,
          ...(entity.kind === 'PERSON' ? { nameEn: undefined } : {}),
          aliases: aliases.map((name, i) => ({ name, source: source(aliasSources[i]!) })),
          sources: sources.filter((s) => !aliasSources.includes(s)).map(source),
        };
      }),
      facts: facts.map(({ file: _file, sources, ...fact }) => ({ ...fact, sources: sources.map(source) })),
    };
    files.push({ path: `${folder}/entries.yaml`, content: YAML.stringify(entries) });
  }
  return files;
}
