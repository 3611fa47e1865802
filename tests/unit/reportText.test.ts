import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { parseCorpus, quoteInContext, ReportTextError } from '../../src/model/reportText';
import { MAX_SECTION, numeralOf, numeralValue, sectionNumber, sectionOf } from '../../src/model/sections';

/** Quotes shown inside their sentence of the report, found in the item the source cites. */
const corpus = parseCorpus(fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'reports', '2020-s1', 'report.txt'), 'utf8'));

describe('quoteInContext', () => {
  it("widens a quote to its sentence and gives the quote's offsets in it", () => {
    const quote = '杨珍华摘得银牌';
    const found = quoteInContext(corpus, '四', 1, quote)!;
    expect(found.sentence.slice(found.start, found.end)).toBe(quote);
    expect(found.sentence.length).toBeGreaterThan(quote.length);
    expect(found.sentence).toMatch(/[。；]$/);
    expect(found.sentence.slice(0, -1)).not.toMatch(/[。；！？]/);
  });

  it("leaves the item's number out of its first sentence", () => {
    const first = corpus.itemText.get('四.2')!;
    const leading = /^\d+\.\s*/.exec(first)![0];
    const quote = first.slice(leading.length, leading.length + 8);
    const found = quoteInContext(corpus, '四', 2, quote)!;
    expect(found.start).toBe(0);
    expect(found.sentence.startsWith(quote)).toBe(true);
  });

  it('finds nothing for a quote that is not in the cited item', () => {
    expect(quoteInContext(corpus, '四', 2, '杨珍华摘得银牌')).toBeNull();
    expect(quoteInContext(corpus, '四', 1, '')).toBeNull();
  });
});

const problemsOf = (text: string) => {
  try {
    parseCorpus(text);
  } catch (err) {
    if (err instanceof ReportTextError) return err.problems;
    throw err;
  }
  return [];
};

describe('section numerals', () => {
  it('reads and writes every number from 1 to 99 one way', () => {
    const written = Array.from({ length: MAX_SECTION }, (_, i) => numeralOf(i + 1));
    expect(written.slice(0, 12)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
    expect([numeralOf(20), numeralOf(23), numeralOf(99)]).toEqual(['二十', '二十三', '九十九']);
    expect(written.map(numeralValue)).toEqual(Array.from({ length: MAX_SECTION }, (_, i) => i + 1));
    expect(new Set(written).size).toBe(MAX_SECTION);
  });

  it('refuses what a report would not write as a section number', () => {
    for (const odd of ['', '一十', '十十', '两', '二十十', '一百', '〇', '十一一', '前言', '4']) expect(numeralValue(odd)).toBeNull();
  });

  it('numbers the preamble 0', () => {
    expect(sectionNumber('前言')).toBe(0);
    expect(sectionNumber('十一')).toBe(11);
    expect(sectionOf(0)).toBe('前言');
    expect(sectionOf(23)).toBe('二十三');
  });
});

describe('parseCorpus', () => {
  it('splits the seed report into the preamble and sections 一 to 十, with their items', () => {
    expect(corpus.sections.map((s) => s.section)).toEqual(['前言', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(corpus.sections.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const four = corpus.sections[4]!;
    expect(four.title).toBe('“赛”——赛项突破');
    expect(four.text.startsWith('四、“赛”——赛项突破\n1.全国首届职业技能大赛取得突破。')).toBe(true);
    expect(four.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(four.items[0]!.text.startsWith('全国首届职业技能大赛取得突破。12月13日')).toBe(true);
    expect(corpus.sections[0]).toMatchObject({ title: null, items: [] });
  });

  it('keeps an item running over several lines (二.1) in one item', () => {
    const item = corpus.sections[2]!.items[0]!;
    expect(item.text).toContain('学院继续常态化抓好校园疫情防控工作，\n以扎实有效的举措守护师生家园');
  });

  it('reads any number of sections: 十一 is a section of its own, not more of 十', () => {
    const sections = Array.from({ length: 23 }, (_, i) => `${numeralOf(i + 1)}、第${i + 1}部分\n1.甲。\n2.乙。`);
    const parsed = parseCorpus(['标题', ...sections].join('\n'));
    expect(parsed.sections.map((s) => s.section).slice(10, 13)).toEqual(['十', '十一', '十二']);
    expect(parsed.sections.at(-1)).toMatchObject({ section: '二十三', number: 23, title: '第23部分' });
    expect(parsed.itemText.get('十.2')).toBe('2.乙。');
    expect(parsed.itemText.get('十一.1')).toBe('1.甲。');
    expect(parsed.sections.find((s) => s.section === '十')!.items).toHaveLength(2);
  });

  it('reads CRLF line ends, indented headings, and 1、 or 1． items; 3.5 starts no item', () => {
    const parsed = parseCorpus('标题\r\n  一、甲\r\n1、第一条\r\n3.5万人参加\r\n2．第二条\r\n');
    expect(parsed.sections[1]!.items.map((i) => [i.number, i.text])).toEqual([
      [1, '第一条\n3.5万人参加'],
      [2, '第二条'],
    ]);
  });

  it.each([
    [
      'a repeated heading',
      '题\n一、甲\n1.a\n二、乙\n1.b\n二、丙\n1.c',
      [{ line: 6, message: 'section 二 again: it already began at line 4' }],
    ],
    ['a skipped section', '题\n一、甲\n1.a\n三、丙\n1.b', [{ line: 4, message: 'section 三 where 二 was expected after section 一' }]],
    [
      'sections out of order',
      '题\n二、乙\n1.a\n一、甲\n1.b',
      [
        { line: 2, message: 'section 二 where 一 was expected as the first section' },
        { line: 4, message: 'section 一 where 三 was expected after section 二' },
      ],
    ],
    ['an item before any section', '题\n1.a\n一、甲\n1.b', [{ line: 2, message: 'item 1 comes before any section heading (一、…)' }]],
    ['a repeated item', '题\n一、甲\n1.a\n2.b\n2.c', [{ line: 5, message: 'item 2 of section 一 again: it already began at line 4' }]],
    ['a skipped item', '题\n一、甲\n1.a\n3.c', [{ line: 4, message: 'item 3 of section 一 where 2 was expected' }]],
    [
      'a heading that is no number',
      '题\n一、甲\n1.a\n一百、乙',
      [{ line: 4, message: '"一百、乙" starts like a section heading, but 一百 is not a section number (一 to 九十九)' }],
    ],
    [
      'no heading at all',
      '题\n正文',
      [{ line: 0, message: 'no section heading found: a section starts a line with its numeral and 、, e.g. 一、' }],
    ],
  ])('refuses %s, naming the line', (_name, text, problems) => {
    expect(problemsOf(text)).toEqual(problems);
  });

  it('lists every problem of a text at once, with the line in the message', () => {
    expect(() => parseCorpus('题\n1.a\n一、甲\n1.b\n1.c\n三、丙')).toThrow(
      'line 2: item 1 comes before any section heading (一、…)\nline 5: item 1 of section 一 again: it already began at line 4\nline 6: section 三 where 二 was expected after section 一',
    );
  });
});
