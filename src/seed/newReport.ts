import YAML from 'yaml';
import { parseCorpus, type Corpus, type ReportSection } from '../model/reportText';
import { SEMESTER as SEMESTER_KEY } from '../model/claims';
import { PREAMBLE } from '../model/sections';
import { sha256 } from './corpus';
import type { DatasetFile } from './dataset';
import { sectionFileName } from './format';

/**
 * A new report's folder as `npm run report:new` prepares it: the text byte for byte, report.yaml
 * with the text's SHA-256, and an empty section file per section whose comments outline the
 * section (heading and the first words of each item), ready for curators to fill in.
 */

export interface NewReportOptions {
  /** Folder name and id: `reports/<slug>/`, `report/<slug>`. */
  slug: string;
  title?: string;
  titleEn?: string;
  period?: string;
  /** The school year and semester, e.g. 2021-1; derived from a title naming them. */
  semester?: string;
}

/** Why the folder cannot be prepared; the caller prints it (nothing has been written). */
export class NewReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewReportError';
  }
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The text as UTF-8, refused when its bytes are not (a GBK file would give quotes nobody can match). */
export function decodeReportText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NewReportError('the report text is not UTF-8: convert it first (for example iconv -f GBK -t UTF-8)');
  }
}

const SEMESTER = /(\d{4})学年第([一二])学期/;

/** Gloss and period of a title naming a semester, as report/2020-s1's are written; null for any other title. */
export function describeSemester(title: string): { titleEn: string; period: string; semester: string } | null {
  const match = SEMESTER.exec(title);
  if (!match || !title.endsWith('工作总结')) return null;
  const year = Number(match[1]);
  const semester = match[2] === '一' ? 'First' : 'Second';
  return {
    titleEn: `The College's Work Report, ${semester} Semester of the ${year} School Year`,
    period: `${year}-${year + 1} school year, ${semester.toLowerCase()} semester`,
    semester: `${year}-${match[2] === '一' ? 1 : 2}`,
  };
}

/** The report's own title: its first non-empty line, unless that is already a section heading. */
function titleOf(corpus: Corpus): string | undefined {
  const first = corpus.text.split(/\r?\n/).find((line) => line.trim().length > 0)?.trim();
  const preamble = corpus.sections.find((s) => s.section === PREAMBLE);
  return first && preamble?.text.includes(first) ? first : undefined;
}

const lead = (text: string) => {
  const sentence = /^[^。；！？]*[。；！？]?/.exec(text)?.[0] ?? text;
  return sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence;
};

function outline(section: ReportSection, reportId: string): string {
  const lines =
    section.section === PREAMBLE
      ? [`# The preamble (${PREAMBLE}) of ${reportId}: the text before section 一; sources cite it without an item.`]
      : [
          `# Section ${section.section} ${section.title ?? ''} of ${reportId}${
            section.items.length > 0 ? ` (items 1-${section.items.length})` : ''
          }.`.replace(/ {2,}/g, ' '),
          ...section.items.map((item) => `#   ${item.number}. ${lead(item.text)}`),
        ];
  lines.push('# Entities and facts this section states, each with its sources: see seed/README.md.');
  return `${lines.join('\n')}\n${YAML.stringify({ section: section.section, entities: [], facts: [] })}`;
}

/**
 * The folder's files (paths `reports/<slug>/…`), from the text's bytes. Throws ReportTextError
 * when the text does not split into sections and items, NewReportError when a field is missing.
 */
export function prepareReportFolder(bytes: Buffer, options: NewReportOptions): DatasetFile[] {
  if (!SLUG.test(options.slug)) throw new NewReportError(`--slug "${options.slug}" must be lowercase letters and digits joined by hyphens, e.g. 2021-s1`);
  const corpus = parseCorpus(decodeReportText(bytes));
  const id = `report/${options.slug}`;
  const title = options.title ?? titleOf(corpus);
  if (!title) throw new NewReportError('the text does not start with its title: give --title');
  const semester = describeSemester(title);
  const titleEn = options.titleEn ?? semester?.titleEn;
  const period = options.period ?? semester?.period;
  if (!titleEn) throw new NewReportError(`no English gloss can be derived from the title "${title}": give --title-en`);
  if (!period) throw new NewReportError(`no period can be derived from the title "${title}": give --period`);
  const semesterKey = options.semester ?? semester?.semester;
  if (!semesterKey || !SEMESTER_KEY.test(semesterKey)) {
    throw new NewReportError(`no semester can be derived from the title "${title}": give --semester, e.g. 2021-1`);
  }

  const headings = corpus.sections.filter((s) => s.number > 0);
  const manifest = [
    "# The report this folder's facts come from. The loader refuses to run if the text's hash differs,",
    '# so every quote stays anchored to exactly this text. Prepared by npm run report:new.',
    YAML.stringify({ id, title, titleEn, period, semester: semesterKey, text: 'report.txt', sha256: sha256(bytes) }, { lineWidth: 0 }).trimEnd(),
    '# English glosses of the section titles, by heading (optional; each must be a heading of the text):',
    '# sectionTitlesEn:',
    ...headings.map((s) => `#   ${s.section}: ""  # ${s.title ?? ''}`),
  ].join('\n');

  const folder = `reports/${options.slug}`;
  return [
    { path: `${folder}/report.txt`, content: bytes },
    { path: `${folder}/report.yaml`, content: `${manifest}\n` },
    ...corpus.sections.map((section) => ({ path: `${folder}/${sectionFileName(section.section)}`, content: outline(section, id) })),
  ];
}
