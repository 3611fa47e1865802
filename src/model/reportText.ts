import { MAX_SECTION, numeralOf, numeralValue, PREAMBLE, type Section } from './sections';

/** A numbered item of a section: `1.` (or `1．`, `1、`) at the start of a line, up to the next one. */
export interface ReportItem {
  number: number;
  /** The item's text as written, without its number and trailing white space. */
  text: string;
  /** Line of the report (from 1) where the item starts. */
  line: number;
}

/** A section of a report: the preamble, or a heading `一、…` and everything up to the next heading. */
export interface ReportSection {
  /** 前言, or the heading's numeral as written (一, 十一): what sources cite. */
  section: Section;
  /** 0 for the preamble, then 1, 2, … in the order of the text. */
  number: number;
  /** The heading's text after the numeral, e.g. “赛”——赛项突破; null for the preamble. */
  title: string | null;
  /** The whole section as written, heading line and items included (trailing white space dropped). */
  text: string;
  items: ReportItem[];
  /** Line of the report (from 1) where the section starts. */
  line: number;
}

/** A report's text split the way its readers cite it: section, then numbered item. */
export interface Corpus {
  text: string;
  /** In the order of the text; the preamble first when there is text before the first heading. */
  sections: ReportSection[];
  /** Text of a section's heading line plus any lines before its first item (the preamble for 前言). */
  sectionText: Map<Section, string>;
  /** Key `${section}.${item}`; an item's text, number included, runs until the next item or section. */
  itemText: Map<string, string>;
}

/** A line of the report that cannot be read as the report's structure. */
export interface ReportTextProblem {
  line: number;
  message: string;
}

/** The report's text does not split into sections and items; nothing of it is used. */
export class ReportTextError extends Error {
  constructor(readonly problems: ReportTextProblem[]) {
    super(problems.map((p) => (p.line > 0 ? `line ${p.line}: ${p.message}` : p.message)).join('\n'));
    this.name = 'ReportTextError';
  }
}

/**
 * A line that starts like a section heading: Chinese numerals, then 、. Characters no valid
 * numeral uses (零, 百 …) are included so that such a line is refused rather than read as text.
 */
const HEADING = /^[\s\u3000]*([一二三四五六七八九十百千零〇两]+)、/;
/** A line that starts a numbered item; `3.5万` is a number, not item 3. */
export const ITEM_START = /^[\s\u3000]*(\d{1,3})[.．、](?!\d)/;

export const itemKey = (section: Section, item: number) => `${section}.${item}`;

const quoteLine = (line: string) => (line.length > 24 ? `${line.slice(0, 24)}…` : line);

/**
 * Splits a report into its preamble, its sections and their numbered items. Headings must run
 * 一, 二, 三 … without gaps or repeats (up to 九十九), and items 1, 2, 3 … within each section;
 * anything else is refused with every problem and the line it is on, because a wrong split would
 * file quotes under the wrong section or item (a second 十、 heading, say, taking over 十's items).
 */
export function parseCorpus(text: string): Corpus {
  const problems: ReportTextProblem[] = [];
  const sections: ReportSection[] = [];
  const sectionText = new Map<Section, string>();
  const itemText = new Map<string, string>();
  const headingLine = new Map<number, number>();
  const at = (line: number, message: string) => problems.push({ line, message });

  interface Open {
    section: ReportSection;
    /** The heading line and the lines before the first item; null once an item has begun. */
    intro: string[] | null;
    lines: string[];
    item: { number: number; line: number; lines: string[] } | null;
  }
  let open: Open | null = {
    section: { section: PREAMBLE, number: 0, title: null, text: '', items: [], line: 1 },
    intro: [],
    lines: [],
    item: null,
  };
  // After a repeated heading (or item) its lines are skipped up to the next heading (or item), so
  // that they cannot overwrite the first one's text.
  let skipping: 'section' | 'item' | null = null;
  let lastSection = 0;

  const closeItem = (o: Open) => {
    if (!o.item) return;
    const body = o.item.lines.join('\n');
    itemText.set(itemKey(o.section.section, o.item.number), body);
    o.section.items.push({ number: o.item.number, text: body.replace(ITEM_START, '').trimEnd(), line: o.item.line });
    o.item = null;
  };
  const close = () => {
    if (!open) return;
    closeItem(open);
    if (open.intro) sectionText.set(open.section.section, open.intro.join('\n'));
    open.section.text = open.lines.join('\n').trimEnd();
    if (open.section.number > 0 || open.section.text.trim().length > 0) sections.push(open.section);
    open = null;
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const heading = HEADING.exec(line);
    const value = heading ? numeralValue(heading[1]!) : null;
    if (heading && value === null) {
      at(
        lineNumber,
        `"${quoteLine(line)}" starts like a section heading, but ${heading[1]} is not a section number (一 to ${numeralOf(MAX_SECTION)})`,
      );
    }
    if (heading && value !== null) {
      const numeral = heading[1]!;
      close();
      const earlier = headingLine.get(value);
      if (earlier !== undefined) {
        at(lineNumber, `section ${numeral} again: it already began at line ${earlier}`);
        skipping = 'section';
        return;
      }
      if (value !== lastSection + 1) {
        const where = lastSection === 0 ? 'as the first section' : `after section ${numeralOf(lastSection)}`;
        at(lineNumber, `section ${numeral} where ${numeralOf(lastSection + 1)} was expected ${where}`);
      }
      headingLine.set(value, lineNumber);
      lastSection = value;
      skipping = null;
      const title = line.slice(heading[0].length).trim();
      open = {
        section: { section: numeral, number: value, title, text: '', items: [], line: lineNumber },
        intro: [line],
        lines: [line],
        item: null,
      };
      return;
    }
    const numbered = ITEM_START.exec(line);
    if (numbered && skipping === 'item') skipping = null;
    if (skipping || !open) return;
    if (numbered) {
      const number = Number(numbered[1]);
      const { section } = open;
      if (section.number === 0) {
        at(lineNumber, `item ${number} comes before any section heading (一、…)`);
      } else {
        const previous = open.item?.number ?? section.items.at(-1)?.number ?? 0;
        const seen = open.item?.number === number ? open.item.line : section.items.find((i) => i.number === number)?.line;
        closeItem(open);
        if (open.intro) sectionText.set(section.section, open.intro.join('\n'));
        open.intro = null;
        if (seen !== undefined) {
          at(lineNumber, `item ${number} of section ${section.section} again: it already began at line ${seen}`);
          skipping = 'item';
          return;
        }
        if (number !== previous + 1) at(lineNumber, `item ${number} of section ${section.section} where ${previous + 1} was expected`);
        open.item = { number, line: lineNumber, lines: [line] };
        open.lines.push(line);
        return;
      }
    }
    open.lines.push(line);
    if (open.item) open.item.lines.push(line);
    else open.intro?.push(line);
  });
  close();
  if (lastSection === 0 && problems.length === 0) {
    at(0, 'no section heading found: a section starts a line with its numeral and 、, e.g. 一、');
  }
  if (problems.length > 0) throw new ReportTextError(problems);
  return { text, sections, sectionText, itemText };
}

/** A quote inside its sentence: `sentence.slice(start, end)` is the quote. */
export interface QuoteInContext {
  sentence: string;
  start: number;
  end: number;
}

/** Ends a sentence (or a clause the report separates with a semicolon). */
const SENTENCE_END = /[。！？；!?;\n]/;

/**
 * The sentence of the report that holds a quote: looked for in the cited item (or section), so
 * that the same words elsewhere in the report are not taken for it, then widened to the nearest
 * sentence ends on both sides. An item's leading number ("2.") is not part of its first sentence.
 */
export function quoteInContext(corpus: Corpus, section: Section, item: number | null, quote: string): QuoteInContext | null {
  const scope = (item === null ? corpus.sectionText.get(section) : corpus.itemText.get(itemKey(section, item))) ?? '';
  const at = scope.indexOf(quote);
  if (quote.length === 0 || at < 0) return null;
  let from = at;
  while (from > 0 && !SENTENCE_END.test(scope[from - 1]!)) from--;
  let to = at + quote.length;
  while (to < scope.length && !SENTENCE_END.test(scope[to - 1]!)) to++;
  const numbered = ITEM_START.exec(scope.slice(from));
  if (from === 0 && numbered && numbered[0].length <= at) from = numbered[0].length;
  const raw = scope.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { sentence, start: at - from - lead, end: at - from - lead + quote.length };
}
