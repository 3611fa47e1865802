import fs from 'node:fs';
import path from 'node:path';
import { parseCorpus, sha256 } from '../src/seed/corpus';
import { DatasetError, loadDataset } from '../src/seed/dataset';
import { addSectionFile, copySeed } from './support/datasetCopy';
import { SEED_DIR } from './support/testEnv';

const REPORT_SHA256 = '629ff9def14a8b8086436302c3f2fa084972ad7063af9d5b50a73ae38af45ff6';

function problemsOf(seedDir: string): string[] {
  try {
    loadDataset(seedDir);
  } catch (err) {
    if (err instanceof DatasetError) return err.problems;
    throw err;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('the curated dataset under seed/', () => {
  const dataset = loadDataset(SEED_DIR);
  const text = fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt'), 'utf8');

  it('keeps its own copy of the report, byte-identical to the source document', () => {
    expect(sha256(fs.readFileSync(path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt')))).toBe(REPORT_SHA256);
  });

  it('splits the report into its ten sections and 42 numbered items', () => {
    const corpus = parseCorpus(text);
    expect([...corpus.sectionText.keys()]).toEqual(['前言', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(corpus.itemText.size).toBe(42);
    expect(corpus.itemText.get('四.1')).toMatch(/^1\.全国首届职业技能大赛取得突破/);
  });

  it('gives every entity and every fact at least one source whose quote occurs verbatim in the report', () => {
    const sources = [...dataset.entities, ...dataset.facts].flatMap((x) => {
      expect(x.sources.length).toBeGreaterThan(0);
      return x.sources;
    });
    for (const source of sources) expect(text).toContain(source.quote);
  });

  it('merges a person named in two sections into one entity with both sources', () => {
    const mao = dataset.entities.filter((e) => e.name === '毛珍祯');
    expect(mao).toHaveLength(1);
    expect(new Set(mao[0]!.sources.map((s) => s.section))).toEqual(new Set(['四', '五']));
  });

  it('computes pinyin for people at load time', () => {
    const yang = dataset.entities.find((e) => e.name === '杨珍华');
    expect(yang?.pinyin).toEqual({ marked: 'yáng zhēn huá', plain: 'yang zhen hua', initials: 'yzh' });
    expect(yang?.nameEn).toBe('Yang Zhenhua');
  });
});

describe('dataset validation', () => {
  let copy: ReturnType<typeof copySeed>;
  beforeEach(() => {
    copy = copySeed();
  });
  afterEach(() => copy.cleanup());

  it('rejects a quote that is not in the stated item, naming file, entry and field', () => {
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 四
entities:
  - id: person/nobody
    kind: PERSON
    name: 杨珍华
    sources:
      - item: 2
        quote: 摘得银牌
`,
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /^reports\/2020-s1\/99-test\.yaml: entities\[0\] \(person\/nobody\) field 'sources\.0': quote "摘得银牌" does not occur verbatim in item 四\.2/,
      ),
    ]);
  });

  it('rejects unknown enum values and malformed ids with the field named', () => {
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 四
entities:
  - id: Award/Bad Id
    kind: AWARD
    name: 银牌
    nameEn: Silver
    rank: PLATINUM
    rankText: 银牌
    sources: [{ item: 1, quote: 摘得银牌 }]
`,
    );
    const problems = problemsOf(copy.dir);
    expect(problems.some((p) => p.includes("entities[0] (Award/Bad Id) field 'id'"))).toBe(true);
    expect(problems.some((p) => p.includes("field 'rank'"))).toBe(true);
  });

  it('rejects facts whose ends do not exist or have the wrong kind', () => {
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 四
facts:
  - id: fact/test-missing
    type: RECEIVED
    from: person/does-not-exist
    to: org/college
    sources: [{ item: 1, quote: 摘得银牌 }]
`,
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toContain(
      "reports/2020-s1/99-test.yaml: fact fact/test-missing field 'from': no entity with id person/does-not-exist",
    );
    expect(problems.some((p) => p.includes("field 'to': a RECEIVED fact cannot end at a ORGANIZATION (org/college)"))).toBe(true);
  });

  it('rejects an entity declared twice with conflicting fields', () => {
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 前言
entities:
  - id: org/college
    kind: ORGANIZATION
    orgKind: SCHOOL
    name: 学院
    nameEn: The College (the Ningbo technician college that wrote the report)
    sources: [{ quote: 学院2020学年第一学期工作总结 }]
`,
    );
    expect(problemsOf(copy.dir)).toEqual([
      expect.stringMatching(/field 'orgKind': "SCHOOL" conflicts with "COLLEGE" declared in reports\/2020-s1\/00-preamble\.yaml/),
    ]);
  });

  it('rejects a second fact stating an existing fact, pointing to the first', () => {
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 四
facts:
  - id: fact/test-duplicate
    type: RECEIVED
    from: person/yang-zhenhua
    to: award/yang-zhenhua-nsc1-silver
    sources: [{ item: 1, quote: 杨珍华摘得银牌 }]
`,
    );
    expect(problemsOf(copy.dir)).toEqual([
      expect.stringMatching(
        /^reports\/2020-s1\/99-test\.yaml: fact fact\/test-duplicate: states the same RECEIVED fact as reports\/2020-s1\/04-sai\.yaml: fact fact\/s4-/,
      ),
    ]);
  });

  it("keeps an award's discipline and its trade in agreement", () => {
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 四
entities:
  - id: award/test-unlinked
    kind: AWARD
    name: 银牌
    nameEn: Silver Medal (test)
    rank: SILVER_MEDAL
    rankText: 银牌
    discipline: 商品展示技术
    sources: [{ item: 1, quote: 摘得银牌 }]
facts:
  - id: fact/test-silver-in-wrong-trade
    type: IN_TRADE
    from: award/yang-zhenhua-nsc1-silver
    to: trade/3d-digital-game-art
    sources: [{ item: 1, quote: 3D数字游戏艺术选手陈滢 }]
`,
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/fact fact\/test-silver-in-wrong-trade: award award\/yang-zhenhua-nsc1-silver is already in a trade/),
        expect.stringMatching(
          /award\/yang-zhenhua-nsc1-silver field 'discipline': "商品展示技术" differs from the name of its trade trade\/3d-digital-game-art/,
        ),
        expect.stringMatching(
          /^reports\/2020-s1\/99-test\.yaml: award\/test-unlinked field 'discipline': names the trade trade\/visual-merchandising, but no IN_TRADE fact/,
        ),
      ]),
    );
  });

  it('refuses a report text whose hash differs from its manifest', () => {
    fs.appendFileSync(path.join(copy.report, 'report.txt'), ' ');
    expect(problemsOf(copy.dir)).toEqual([
      expect.stringMatching(/report\.yaml field 'sha256': report\.txt has SHA-256 [0-9a-f]{64}, expected 629ff9de/),
    ]);
  });

  /** Replaces the report's text and writes its hash into report.yaml, as a curator would. */
  const replaceText = (text: string) => {
    fs.writeFileSync(path.join(copy.report, 'report.txt'), text);
    const manifest = path.join(copy.report, 'report.yaml');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace(REPORT_SHA256, sha256(Buffer.from(text))));
  };

  it('refuses a report text that does not split into sections and items, naming the file and the line', () => {
    const text = fs.readFileSync(path.join(copy.report, 'report.txt'), 'utf8');
    // A second 十、 heading once silently took over section 十's items.
    replaceText(`${text}十、“斐”——又一次\n1.重复的条目。\n`);
    const lines = text.split('\n');
    const ten = lines.findIndex((l) => l.startsWith('十、')) + 1;
    expect(problemsOf(copy.dir)).toEqual([
      `reports/2020-s1/report.txt line ${lines.length}: section 十 again: it already began at line ${ten}`,
    ]);
  });

  it('accepts a section 十一 and checks quotes against it, not against section 十', () => {
    const text = fs.readFileSync(path.join(copy.report, 'report.txt'), 'utf8');
    replaceText(`${text}十一、“增”——新增\n1.新增的条目。\n`);
    addSectionFile(
      copy.report,
      '99-test.yaml',
      `section: 十一
entities:
  - id: event/test-eleven
    kind: EVENT
    name: 新增的条目
    nameEn: Test
    sources: [{ item: 1, quote: 新增的条目 }, { section: 十, item: 1, quote: 新增的条目 }, { section: 十二, item: 1, quote: 新增的条目 }]
`,
    );
    expect(problemsOf(copy.dir)).toEqual([
      `reports/2020-s1/99-test.yaml: entities[0] (event/test-eleven) field 'sources.1': quote "新增的条目" does not occur verbatim in item 十.1 of report/2020-s1`,
      `reports/2020-s1/99-test.yaml: entities[0] (event/test-eleven) field 'sources.2': the report has no item 十二.1`,
    ]);
  });

  it('refuses a section that is no section name, and a title gloss for a heading the text lacks', () => {
    const manifest = path.join(copy.report, 'report.yaml');
    fs.appendFileSync(manifest, '  十一: "“New”: no such section"\n');
    addSectionFile(copy.report, '99-test.yaml', 'section: 第一\n');
    addSectionFile(copy.report, '98-test.yaml', 'section: 4\n');
    expect(problemsOf(copy.dir)).toEqual([
      "reports/2020-s1/report.yaml field 'sectionTitlesEn.十一': report.txt has no section heading 十一、",
      "reports/2020-s1/98-test.yaml field 'section': Invalid input: expected string, received number",
      "reports/2020-s1/99-test.yaml field 'section': expected 前言 or a section numeral from 一 to 九十九",
    ]);
  });

  it('refuses two folders that give their report the same id', () => {
    fs.cpSync(copy.report, path.join(copy.dir, 'reports', 'copy'), { recursive: true });
    expect(problemsOf(copy.dir)).toContain(
      "reports/copy/report.yaml field 'id': report/2020-s1 is already the id of reports/2020-s1/report.yaml",
    );
  });

  it('names a file that is not valid YAML', () => {
    addSectionFile(copy.report, '99-test.yaml', 'section: 四\nentities: [ {');
    expect(problemsOf(copy.dir)).toEqual([expect.stringMatching(/^reports\/2020-s1\/99-test\.yaml: not valid YAML/)]);
  });
});
