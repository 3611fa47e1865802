import { createHash } from 'node:crypto';
import path from 'node:path';
import { datasetFiles } from '../../bench/scale/files';
import { generateReports, type ReportBatch } from '../../bench/scale/generate';
import { profileOf } from '../../bench/scale/profile';
import { PROJECT_ROOT } from '../../src/config';
import { itemKey } from '../../src/seed/corpus';
import { loadDataset, readDataset } from '../../src/seed/dataset';

/**
 * The synthetic graphs of `npm run bench:scale` (issue #13): the same seed gives the same graph,
 * every source quotes its report verbatim, and the generated reports are a dataset the
 * project's own validator accepts, read back to the very entities and facts generated.
 */

const profile = profileOf(loadDataset(path.join(PROJECT_ROOT, 'seed')));
const generate = (nodes: number, seed: number): ReportBatch[] => [...generateReports({ nodes, relsPerNode: 5, seed, profile })];
const digest = (batches: ReportBatch[]) =>
  createHash('sha256')
    .update(JSON.stringify(batches.map((b) => [b.report.id, b.report.corpus.text, b.entities, b.facts])))
    .digest('hex');

it('gives the same graph for the same seed and another for another seed', () => {
  expect(digest(generate(500, 7))).toBe(digest(generate(500, 7)));
  expect(digest(generate(500, 7))).not.toBe(digest(generate(500, 8)));
});

it('makes as many entities as asked, in the seed’s proportions of kinds, with about the facts asked', () => {
  const batches = generate(367 * 4, 3);
  const entities = batches.flatMap((b) => b.entities);
  expect(entities).toHaveLength(367 * 4);
  for (const [kind, count] of Object.entries(profile.kinds)) expect(entities.filter((e) => e.kind === kind)).toHaveLength(count * 4);
  const facts = batches.flatMap((b) => b.facts).length;
  expect(facts).toBeGreaterThan(367 * 4 * 5 * 0.95);
  expect(facts).toBeLessThanOrEqual(367 * 4 * 5);
});

it('quotes every source verbatim from the item of the report it cites', () => {
  let checked = 0;
  const misquoted: string[] = [];
  for (const { report, entities, facts } of generate(1000, 1)) {
    for (const entry of [...entities, ...facts]) {
      for (const source of entry.sources) {
        const scope =
          source.item === null
            ? report.corpus.sectionText.get(source.section)
            : report.corpus.itemText.get(itemKey(source.section, source.item));
        if (source.report !== report.id || !scope?.includes(source.quote)) misquoted.push(`${entry.id}: ${JSON.stringify(source)}`);
        checked++;
      }
    }
  }
  expect(misquoted).toEqual([]);
  expect(checked).toBeGreaterThan(1000 * 6);
});

it('is a dataset the project’s validator accepts, read back to the generated entries', () => {
  const batches = generate(500, 5);
  const dataset = readDataset(datasetFiles(batches));
  const strip = <T extends object>(entry: T) => JSON.parse(JSON.stringify({ ...entry, files: undefined, file: undefined })) as unknown;
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, strip(e)]));
  expect(dataset.reports.map((r) => r.id)).toEqual(batches.map((b) => b.report.id));
  expect(byId(dataset.entities)).toEqual(byId(batches.flatMap((b) => b.entities)));
  expect(byId(dataset.facts)).toEqual(byId(batches.flatMap((b) => b.facts)));
});
