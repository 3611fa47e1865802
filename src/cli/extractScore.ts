import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { Dictionary } from '../extract/dictionary';
import { extractReport } from '../extract/extract';
import { formatDetails, formatScore, scoreExtraction } from '../extract/score';
import { loadDataset } from '../seed/dataset';
import { parseCommandLine, runCommand } from './args';

const USAGE = `Usage: npm run extract:score -- [--report <folder>] [--dictionary <dataset folder> ...] [--min-confidence <0..1>]

Runs the extractor on a curated report's text and compares its proposals with the report's
curated data: recall and precision of people, awards (winner + award) and partnerships. The
extractor reads only the text and the --dictionary folders (none by default): never the
report's own curated entries, so the figures are what a new report would get.

  --report <folder>        the curated report (default: reports/2020-s1 of the dataset, seed/ or SEED_DIR)
  --dictionary <folder>    a dataset folder of other reports whose entities are known (repeatable)
  --min-confidence <x>     count only proposals at least this confident (default 0: all of them)
  --verbose                list what was missed and what was proposed wrongly
  --help                   print this`;

async function main(): Promise<void> {
  const { values } = parseCommandLine(
    USAGE,
    {
      report: { type: 'string' },
      dictionary: { type: 'string', multiple: true },
      'min-confidence': { type: 'string' },
      verbose: { type: 'boolean' },
    },
    { min: 0, max: 0 },
  );
  const refuse = (problem: string): never => {
    console.error(`${problem}\n\n${USAGE}`);
    process.exit(2);
  };
  const seedDir = loadConfig().seedDir;
  const folder = path.resolve(values.report ?? path.join(seedDir, 'reports', '2020-s1'));
  if (!fs.existsSync(path.join(folder, 'report.yaml'))) refuse(`--report ${folder}: no report.yaml there`);
  const minConfidence = Number(values['min-confidence'] ?? '0');
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
    refuse(`--min-confidence "${values['min-confidence']}" must be a number from 0 to 1`);
  const dictionaries = (values.dictionary ?? []) as unknown as string[];

  // The curated data is read only to score against: the dataset holding the report folder.
  const datasetRoot = path.dirname(path.dirname(folder));
  const curated = loadDataset(datasetRoot);
  const report = curated.reports.find((r) => path.resolve(datasetRoot, 'reports', r.folder) === folder);
  if (!report) return refuse(`--report ${folder}: not a report of ${datasetRoot}`);
  for (const d of dictionaries) {
    if (path.resolve(d) === path.resolve(datasetRoot))
      refuse(`--dictionary ${d} holds the scored report's own curated data: the score would not be honest`);
  }
  const extraction = extractReport(report.corpus.text, { reportId: report.id, dictionary: Dictionary.fromFolders(dictionaries) });
  console.log(
    `${report.id}: extractor proposals against the curated data (dictionary: ${dictionaries.length > 0 ? dictionaries.join(', ') : 'empty'}${minConfidence > 0 ? `, confidence ≥ ${minConfidence}` : ''})`,
  );
  const rows = scoreExtraction(extraction, curated, report.id, minConfidence);
  console.log(formatScore(rows));
  if (values.verbose) console.log(`\n${formatDetails(rows)}`);
}

runCommand(main);
