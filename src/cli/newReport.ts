import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { ReportTextError } from '../model/reportText';
import { DatasetError, readDataset, readDatasetFiles } from '../seed/dataset';
import { NewReportError, prepareReportFolder, SLUG } from '../seed/newReport';
import { parseCommandLine, runCommand } from './args';

const USAGE = `Usage: npm run report:new -- <report.txt> --slug <slug> [--title <title>] [--title-en <gloss>] [--period <period>] [--semester <YYYY-1|2>]

Prepares a new report's folder, reports/<slug>/ of the dataset (seed/ unless SEED_DIR or
--dataset says otherwise): the text copied byte for byte, report.yaml with its SHA-256, and an
empty section file per section (section-00.yaml for the preamble, section-01.yaml for 一, …)
outlining its heading and items in comments. The text must be UTF-8 and split into sections
(一、 二、 … up to 九十九、, in order) and numbered items (1. 2. …); otherwise every line that
does not is listed and nothing is written.

  --slug <slug>        folder name and report id (report/<slug>), e.g. 2021-s1
  --title <title>      the title as written (default: the text's first line)
  --title-en <gloss>   its English gloss (default: derived from a title such as 学院2021学年第一学期工作总结)
  --period <period>    the period covered (default: derived the same way, e.g. 2021-2022 school year, first semester)
  --semester <key>     school year and semester, e.g. 2021-1 (default: derived from the title the same way)
  --dataset <folder>   the dataset to add it to (default: seed/, or SEED_DIR)
  --help               print this`;

/** `npm run report:new -- <report.txt> --slug 2021-s1`: prepare a new report's dataset folder. */
async function main(): Promise<void> {
  const {
    values,
    positionals: [source],
  } = parseCommandLine(
    USAGE,
    {
      slug: { type: 'string' },
      title: { type: 'string' },
      'title-en': { type: 'string' },
      period: { type: 'string' },
      semester: { type: 'string' },
      dataset: { type: 'string' },
    },
    { min: 1, max: 1 },
  );
  const refuse = (problem: string): never => {
    console.error(`${problem}\n\n${USAGE}`);
    process.exit(2);
  };
  if (values.slug === undefined) refuse("Missing option '--slug <slug>'.");
  if (!SLUG.test(values.slug!)) refuse(`--slug "${values.slug}" must be lowercase letters and digits joined by hyphens, e.g. 2021-s1.`);
  const datasetDir = path.resolve(values.dataset ?? loadConfig().seedDir);
  const folder = path.join(datasetDir, 'reports', values.slug!);
  const fail = (message: string): never => {
    console.error(`${message}\nNothing was written.`);
    process.exit(1);
  };
  if (!fs.existsSync(source!)) fail(`${source}: file not found`);
  if (fs.existsSync(folder)) fail(`${folder} exists already: choose another --slug, or remove the folder`);

  let files;
  try {
    files = prepareReportFolder(fs.readFileSync(source!), {
      slug: values.slug!,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.semester !== undefined ? { semester: values.semester } : {}),
      ...(values['title-en'] !== undefined ? { titleEn: values['title-en'] } : {}),
      ...(values.period !== undefined ? { period: values.period } : {}),
    });
  } catch (err) {
    if (err instanceof ReportTextError) return fail(`${source} does not split into sections and items:\n${err.message}`);
    if (err instanceof NewReportError) return fail(`${source}: ${err.message}`);
    throw err;
  }
  // The dataset with the new folder must still load (ids unique, every report valid) before
  // anything is written: a half-usable folder would stop seeding.
  try {
    readDataset([...(fs.existsSync(path.join(datasetDir, 'reports')) ? readDatasetFiles(datasetDir) : []), ...files]);
  } catch (err) {
    if (err instanceof DatasetError) return fail(`${datasetDir} would not validate with the new report:\n${err.message}`);
    throw err;
  }

  fs.mkdirSync(folder, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(datasetDir, file.path), file.content);
  const sectionFiles = files.filter((f) => /\/section-\d+\.yaml$/.test(f.path)).map((f) => path.basename(f.path));
  console.log(`Prepared ${folder}:`);
  console.log(`  report.txt   the text, copied byte for byte`);
  console.log(`  report.yaml  id report/${values.slug}, title, period, and the text's SHA-256`);
  console.log(`  ${sectionFiles[0]} … ${sectionFiles.at(-1)}  an empty outline per section (${sectionFiles.length} files)`);
  console.log('Next: add entities and facts to the section files (seed/README.md), then npm run seed:validate and npm run seed:report.');
}

runCommand(main);
