import fs from 'node:fs';
import path from 'node:path';
import { ReportTextError } from '../model/reportText';
import { DatasetError, readDataset } from '../seed/dataset';
import { decodeReportText, NewReportError, SLUG } from '../seed/newReport';
import { Dictionary } from '../extract/dictionary';
import { extractReport } from '../extract/extract';
import { proposalFiles } from '../extract/proposal';
import { parseCommandLine, runCommand } from './args';

const USAGE = `Usage: npm run extract -- <report.txt> [--out <folder>] [--dictionary <dataset folder> ...] [--report-id report/<slug>] [--title <title>] [--title-en <gloss>] [--period <period>]

Proposes entities (people, organisations, groups, competitions, awards) and facts (who won
which award, coached by whom, partnerships, roles) from a report's raw Chinese text, with no
hosted model, and writes them as a dataset folder, <out>/reports/<slug>/, every entry marked
review: { status: candidate }. Review the entries (status accepted or rejected), then
npm run import -- <out>: only accepted entries are imported.

  --out <folder>          where to write the dataset (default: extracted/); must not hold reports/<slug> already
  --dictionary <folder>   a dataset folder (with reports/ inside) whose entities are known: a name
                          found in the text is linked to the known entity's id (repeatable)
  --report-id <id>        the report's id, report/<slug> (default: from a title such as 学院2021学年第一学期工作总结 → report/2021-s1)
  --title, --title-en, --period   as for npm run report:new
  --help                  print this`;

const SEMESTER_SLUG = /(\d{4})学年第([一二])学期/;

/** `npm run extract -- report.txt`: propose a reviewed-later dataset folder from a raw report. */
async function main(): Promise<void> {
  const {
    values,
    positionals: [source],
  } = parseCommandLine(
    USAGE,
    {
      out: { type: 'string' },
      dictionary: { type: 'string', multiple: true },
      'report-id': { type: 'string' },
      title: { type: 'string' },
      'title-en': { type: 'string' },
      period: { type: 'string' },
    },
    { min: 1, max: 1 },
  );
  const refuse = (problem: string): never => {
    console.error(`${problem}\n\n${USAGE}`);
    process.exit(2);
  };
  const fail = (message: string): never => {
    console.error(`${message}\nNothing was written.`);
    process.exit(1);
  };
  if (!fs.existsSync(source!) || !fs.statSync(source!).isFile()) fail(`${source}: file not found`);
  const dictionaries = (values.dictionary ?? []) as unknown as string[];
  for (const folder of dictionaries) {
    if (!fs.existsSync(path.join(folder, 'reports'))) refuse(`--dictionary ${folder}: not a dataset folder (no reports/ inside)`);
  }
  const reportId = values['report-id'];
  if (reportId !== undefined && !/^report\//.test(reportId)) refuse(`--report-id "${reportId}" must be report/<slug>, e.g. report/2021-s1`);
  let slug = reportId?.slice('report/'.length);
  if (slug !== undefined && !SLUG.test(slug))
    refuse(`--report-id "${reportId}": the slug must be lowercase letters and digits joined by hyphens, e.g. report/2021-s1`);

  const bytes = fs.readFileSync(source!);
  let text: string;
  try {
    text = decodeReportText(bytes);
  } catch (err) {
    return fail(`${source}: ${(err as Error).message}`);
  }
  if (slug === undefined) {
    const match = new RegExp(SEMESTER_SLUG.source).exec(values.title ?? text.slice(0, 200));
    if (!match) refuse('--report-id is needed: no semester (such as 2021学年第一学期) in the title to derive it from');
    slug = `${match![1]}-s${match![2] === '一' ? 1 : 2}`;
  }
  const out = path.resolve(values.out ?? 'extracted');
  const folder = path.join(out, 'reports', slug);
  if (fs.existsSync(folder)) fail(`${folder} exists already: choose another --out or --report-id, or remove the folder`);

  let dictionary: Dictionary;
  try {
    dictionary = Dictionary.fromFolders(dictionaries);
  } catch (err) {
    if (err instanceof DatasetError) return fail(`--dictionary: ${err.message}`);
    throw err;
  }
  let files;
  try {
    const extraction = extractReport(text, { reportId: `report/${slug}`, dictionary });
    files = proposalFiles(bytes, extraction, {
      slug,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values['title-en'] !== undefined ? { titleEn: values['title-en'] } : {}),
      ...(values.period !== undefined ? { period: values.period } : {}),
    });
  } catch (err) {
    if (err instanceof ReportTextError) return fail(`${source} does not split into sections and items:\n${err.message}`);
    if (err instanceof NewReportError) return fail(`${source}: ${err.message}`);
    throw err;
  }
  // What is written must load as a dataset (every quote verbatim, every fact's ends declared).
  const dataset = readDataset(files);
  fs.mkdirSync(folder, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(out, file.path), file.content);
  const s = dataset.skipped!;
  console.log(`Proposed ${s.candidateEntities} entity entries and ${s.candidateFacts} facts in ${folder}, every one a candidate.`);
  console.log(`Review them (review.status: accepted or rejected), then: npm run import -- ${path.relative(process.cwd(), out) || '.'}`);
}

runCommand(main);
