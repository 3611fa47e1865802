import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadDataset } from '../src/seed/dataset';
import { startTestApp } from './support/app';
import { copySeed } from './support/datasetCopy';
import { runCommandLine } from './support/processes';
import { SEED_DIR } from './support/testEnv';

/**
 * `npm run report:new` on a copy of the dataset: a report with a section 十一 gets its folder, the
 * dataset validator accepts it, and once a curator has filled in a fact the API serves section 十一
 * as a section of its own (a 十一、 heading once overwrote section 十's items).
 */

const seedText = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'), 'utf8');
/** The seed report with an eleventh section after 十: a fixture, not the report's words. */
const ELEVENTH = '十一、“增”——新增章节\n1.学院新增测试条目一。第二句。\n2.学院新增测试条目二。\n';
const withEleventh = `${seedText.trimEnd()}\n${ELEVENTH}`;

let copy: ReturnType<typeof copySeed>;
beforeAll(() => {
  copy = copySeed();
});
afterAll(() => copy.cleanup());

const newReport = (args: string[]) => runCommandLine('src/cli/newReport.ts', args, { SEED_DIR: copy.dir });
const writeText = (name: string, text: string) => {
  const file = path.join(copy.dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const reportDir = (slug: string) => path.join(copy.dir, 'reports', slug);

describe('npm run report:new', () => {
  it('prepares the folder: the text byte for byte, its SHA-256, and an outline per section up to 十一', async () => {
    const source = writeText('2021-s1.txt', withEleventh);
    const { code, output } = await newReport([
      source,
      '--slug',
      '2021-s1',
      '--period',
      '2021-2022 school year, first semester (test)',
      '--semester',
      '2021-1',
    ]);
    expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining(`Prepared ${reportDir('2021-s1')}`) });

    const folder = reportDir('2021-s1');
    const bytes = fs.readFileSync(path.join(folder, 'report.txt'));
    expect(bytes.equals(fs.readFileSync(source))).toBe(true);
    const manifest = YAML.parse(fs.readFileSync(path.join(folder, 'report.yaml'), 'utf8'));
    expect(manifest).toEqual({
      id: 'report/2021-s1',
      title: '学院2020学年第一学期工作总结',
      titleEn: "The College's Work Report, First Semester of the 2020 School Year",
      period: '2021-2022 school year, first semester (test)',
      semester: '2021-1',
      text: 'report.txt',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    const sectionFiles = fs.readdirSync(folder).filter((f) => f.startsWith('section-'));
    expect(sectionFiles.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `section-${String(i).padStart(2, '0')}.yaml`));
    const eleventh = fs.readFileSync(path.join(folder, 'section-11.yaml'), 'utf8');
    expect(eleventh).toContain('# Section 十一 “增”——新增章节 of report/2021-s1 (items 1-2).');
    expect(eleventh).toContain('#   1. 学院新增测试条目一。');
    expect(YAML.parse(eleventh)).toEqual({ section: '十一', entities: [], facts: [] });
    expect(YAML.parse(fs.readFileSync(path.join(folder, 'section-10.yaml'), 'utf8'))).toEqual({ section: '十', entities: [], facts: [] });
  });

  it('leaves a folder the dataset validator accepts, as npm run seed:validate runs it', async () => {
    const dataset = loadDataset(copy.dir);
    expect(dataset.reports.map((r) => r.id)).toEqual(['report/2020-s1', 'report/2021-s1']);
    const added = dataset.reports.find((r) => r.id === 'report/2021-s1')!;
    expect(added.corpus.sections.map((s) => s.section).slice(-2)).toEqual(['十', '十一']);
    expect(added.corpus.itemText.get('十.4')).toBe(seedText.trimEnd().split('\n').at(-1));
    const { code, output } = await runCommandLine('src/cli/validateSeed.ts', [], { SEED_DIR: copy.dir });
    expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining('dataset valid: 2 report(s)') });
  });

  it('refuses a text that does not split into sections and items, naming each line, and writes nothing', async () => {
    const text = `${seedText.trimEnd()}\n十、“斐”——再一次\n1.重复。\n十二、“跳”——跳过\n1.跳过。\n`;
    const seedLines = seedText.trimEnd().split('\n');
    const last = seedLines.length;
    const ten = seedLines.findIndex((line) => line.startsWith('十、')) + 1;
    const { code, output } = await newReport([writeText('bad.txt', text), '--slug', 'bad-s1']);
    expect(code).toBe(1);
    expect(output).toContain(`line ${last + 1}: section 十 again: it already began at line ${ten}`);
    expect(output).toContain(`line ${last + 3}: section 十二 where 十一 was expected after section 十`);
    expect(output).toContain('Nothing was written.');
    expect(fs.existsSync(reportDir('bad-s1'))).toBe(false);
  });

  it.each([
    [['--slug', '2021-s1'], 'exists already'],
    [['--slug', 'Spring 2021'], 'must be lowercase letters and digits joined by hyphens'],
    [[], "Missing option '--slug <slug>'"],
    [['--slug', 'other', '--title', 'Some title'], 'no English gloss can be derived from the title "Some title": give --title-en'],
  ])('refuses %j: %s', async (args, problem) => {
    const before = fs.readdirSync(path.join(copy.dir, 'reports')).sort();
    const { code, output } = await newReport([writeText('again.txt', withEleventh), ...args]);
    expect(code).toBeGreaterThan(0);
    expect(output).toContain(problem);
    expect(fs.readdirSync(path.join(copy.dir, 'reports')).sort()).toEqual(before);
  });

  it('prints its usage with --help', async () => {
    const { code, output } = await newReport(['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/^Usage: npm run report:new -- <report.txt> --slug <slug>/);
  });
});

describe('a report with a section 十一, once curated', () => {
  it('is served section by section: 十一 has its own items and facts, and 十 keeps its four', async () => {
    const eleventh = path.join(reportDir('2021-s1'), 'section-11.yaml');
    const outline = fs.readFileSync(eleventh, 'utf8');
    fs.writeFileSync(
      eleventh,
      outline.replace(
        'entities: []\nfacts: []\n',
        `entities:
  - id: event/new-test-item
    kind: EVENT
    name: 新增测试条目一
    nameEn: A test item of section 十一
    sources:
      - { item: 1, quote: 学院新增测试条目一 }
facts:
  - id: fact/s11-college-organised-new-test-item
    type: ORGANISED
    from: org/college
    to: event/new-test-item
    sources:
      - { item: 1, quote: 学院新增测试条目一 }
`,
      ),
    );
    const app = await startTestApp({ SEED_DIR: copy.dir });
    try {
      const { status, body } = await app.post(`{
        report(id: "report/2021-s1") {
          ten: section(heading: "十") { items { number } }
          eleven: section(number: 11) { heading title items { number text } }
          sections { heading }
        }
        facts(filter: { report: "report/2021-s1", section: 11 }) { totalCount edges { node { id from { id } to { name } sources { section sectionNumber item quote } } } }
      }`);
      expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      const { report, facts } = body.data!;
      expect(report.sections).toHaveLength(12);
      expect(report.ten.items).toHaveLength(4);
      expect(report.eleven).toEqual({
        heading: '十一',
        title: '“增”——新增章节',
        items: [
          { number: 1, text: '学院新增测试条目一。第二句。' },
          { number: 2, text: '学院新增测试条目二。' },
        ],
      });
      expect(facts.totalCount).toBe(1);
      expect(facts.edges[0].node).toEqual({
        id: 'fact/s11-college-organised-new-test-item',
        from: { id: 'org/college' },
        to: { name: '新增测试条目一' },
        sources: [{ section: '十一', sectionNumber: 11, item: 1, quote: '学院新增测试条目一' }],
      });
    } finally {
      await app.stop();
    }
  });
});
