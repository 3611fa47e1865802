import fs from 'node:fs';
import path from 'node:path';
import { ReportSectionDocument } from '../examples/generated/operations';
import { createApolloServer } from '../src/graphql/apollo';
import type { Executor } from '../src/neo4j/executor';
import { exampleVariables, startTestApp, type TestApp } from './support/app';
import { runRecorded } from './support/recording';
import { openTestDatabase, quietLog, SEED_DIR } from './support/testEnv';

/** The report itself through the API: "what does section 三 say?", its items, and where a quote stands. */

const reportText = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'), 'utf8');
const lines = reportText.split('\n');
/** The report's lines from the one starting with `from` up to (not including) the one starting with `to`. */
const linesBetween = (from: string, to: string) =>
  lines.slice(
    lines.findIndex((l) => l.startsWith(from)),
    lines.findIndex((l) => l.startsWith(to)),
  );

let app: TestApp;
let db: Executor;
const apollo = createApolloServer({ production: false, log: quietLog });

beforeAll(async () => {
  app = await startTestApp();
  db = await openTestDatabase();
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
  await app.stop();
});

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const { status, body } = await app.post(query, variables);
  expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return body.data!;
};

describe('a report and its sections', () => {
  it('lists the reports, each with its preamble and sections 一 to 十 as the text has them', async () => {
    const { reports } = await ok('{ reports { id title sections { number heading title titleEn items { number } } } }');
    expect(reports.map((r: any) => r.id)).toEqual(['report/2020-s1']);
    const [report] = reports;
    expect(report.sections.map((s: any) => s.heading)).toEqual(['前言', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(report.sections.map((s: any) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(report.sections[0]).toEqual({ number: 0, heading: '前言', title: null, titleEn: null, items: [] });
    expect(report.sections[4]).toEqual({
      number: 4,
      heading: '四',
      title: '“赛”——赛项突破',
      titleEn: '“Compete”: Breakthroughs in competitions',
      items: [{ number: 1 }, { number: 2 }, { number: 3 }, { number: 4 }],
    });
  });

  it('answers "what does section 三 say?" with its whole text and its items, as the report writes them', async () => {
    const data = await app.execute(ReportSectionDocument, exampleVariables('ReportSection'));
    const section = data.report!.section!;
    const written = linesBetween('三、', '四、');
    expect(section).toMatchObject({
      number: 3,
      heading: '三',
      title: '“培”——师资培育',
      titleEn: '“Cultivate”: Developing the teaching staff',
    });
    expect(section.text).toBe(written.join('\n').trimEnd());
    expect(section.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(section.items.map((i) => i.text)).toEqual(written.slice(1).map((line) => line.replace(/^\d+\./, '').trimEnd()));
    expect(section.items[1]!.text).toMatch(/^卓越教师培养培训项目立项。/);
  });

  it("gives README's example its answer", async () => {
    const data = await ok('{ report(id: "report/2020-s1") { section(heading: "三") { title titleEn text items { number text } } } }');
    const { section } = data.report;
    expect(section).toMatchObject({ title: '“培”——师资培育', titleEn: '“Cultivate”: Developing the teaching staff' });
    expect(section.items.map((i: any) => i.number)).toEqual([1, 2, 3, 4]);
    expect(section.items[1].text.startsWith('卓越教师培养培训项目立项。')).toBe(true);
  });

  it('finds a section by number or by heading, the preamble too, and null for one the report lacks', async () => {
    const data = await ok(`{ report(id: "report/2020-s1") {
      byNumber: section(number: 10) { heading title }
      byHeading: section(heading: "十") { number }
      preamble: section(heading: "前言") { number text }
      missing: section(number: 11) { number }
      missingHeading: section(heading: "十一") { number }
    } }`);
    expect(data.report).toEqual({
      byNumber: { heading: '十', title: '“斐”——成绩斐然' },
      byHeading: { number: 10 },
      preamble: { number: 0, text: linesBetween(' 学院', '一、').join('\n') },
      missing: null,
      missingHeading: null,
    });
    expect(data.report.preamble.text).toContain('现将工作从“引、护、培、赛、质、采、润、扶、治、斐”10个方面总结如下');
  });

  it('refuses a section asked for both ways, neither way, or by a number or heading no report could have', async () => {
    for (const [args, argumentName] of [
      ['number: 3, heading: "三"', 'number'],
      ['', 'number'],
      ['number: 100', 'number'],
      ['number: -1', 'number'],
      ['heading: "3"', 'heading'],
      ['heading: "十十"', 'heading'],
    ]) {
      const { body } = await app.post(`{ report(id: "report/2020-s1") { section${args ? `(${args})` : ''} { number } } }`);
      expect({ args, error: body.errors?.[0]?.extensions }).toMatchObject({ args, error: { code: 'BAD_USER_INPUT', argumentName } });
    }
  });

  it("leads from a source to its section: the quote is in the section's text and in its item", async () => {
    const { entity } = await ok('{ entity(id: "person/yang-zhenhua") { sources { report section sectionNumber item quote } } }');
    expect(entity.sources.length).toBeGreaterThan(1);
    for (const source of entity.sources) {
      const data = await ok(
        'query ($id: ID!, $n: Int) { report(id: $id) { section(number: $n) { heading text items { number text } } } }',
        {
          id: source.report,
          n: source.sectionNumber,
        },
      );
      const section = data.report.section;
      expect(section.heading).toBe(source.section);
      expect(section.text).toContain(source.quote);
      expect(section.items.find((i: any) => i.number === source.item).text).toContain(source.quote);
    }
  });

  it('reaches the sections through node and graphSummary too; null for an unknown report', async () => {
    const data = await ok(`{
      node(id: "report/2020-s1") { ... on Report { sections { heading } } }
      graphSummary { reports { id section(heading: "四") { title } } }
      report(id: "report/none") { id }
    }`);
    expect(data.node.sections).toHaveLength(11);
    expect(data.graphSummary.reports).toEqual([{ id: 'report/2020-s1', section: { title: '“赛”——赛项突破' } }]);
    expect(data.report).toBeNull();
  });
});

describe('statements', () => {
  it('reads a report with every section and item in one statement, and its text only when sections are selected', async () => {
    for (const query of [
      '{ report(id: "report/2020-s1") { title sections { heading title text items { number text } } } }',
      '{ reports { id section(number: 3) { text } } }',
      '{ graphSummary { reports { sections { heading } } } }',
      '{ node(id: "report/2020-s1") { ... on Report { sections { heading } } } }',
    ]) {
      const { result, recorded } = await runRecorded(apollo, db, query);
      expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
      expect({ query, statements: recorded.length }).toEqual({ query, statements: 1 });
      expect(recorded[0]!.cypher).toContain('.text');
    }
    const { recorded } = await runRecorded(apollo, db, '{ reports { id title } graphSummary { reports { id } } }');
    expect(recorded).toHaveLength(2);
    for (const { cypher } of recorded) expect(cypher).not.toContain('.text');
  });
});
