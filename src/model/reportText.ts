import { SECTIONS, type Section } from './vocabulary';

/** A report's text split the way its readers cite it: section, then numbered item. */
export interface Corpus {
  text: string;
  /** Text of a section's heading line plus any lines before its first item (the preamble for 前言). */
  sectionText: Map<Section, string>;
  /** Key `${section}.${item}`; an item's text runs until the next item or section. */
  itemText: Map<string, string>;
}

const SECTION_HEADING = /^([一二三四五六七八九十]+)、/;
const ITEM_START = /^(\d+)\./;

export const itemKey = (section: Section, item: number) => `${section}.${item}`;

export function parseCorpus(text: string): Corpus {
  const sectionText = new Map<Section, string>();
  const itemText = new Map<string, string>();
  let section: Section = '前言';
  let current: { key: string | null; lines: string[] } = { key: null, lines: [] };

  const flush = () => {
    const body = current.lines.join('\n');
    if (current.key) itemText.set(current.key, body);
    else sectionText.set(section, (sectionText.get(section) ?? '') + body);
  };

  for (const line of text.split(/\r?\n/)) {
    const heading = SECTION_HEADING.exec(line);
    const name = heading?.[1];
    if (name && (SECTIONS as readonly string[]).includes(name)) {
      flush();
      section = name as Section;
      current = { key: null, lines: [line] };
      continue;
    }
    const item = ITEM_START.exec(line);
    if (item?.[1] && section !== '前言') {
      flush();
      current = { key: itemKey(section, Number(item[1])), lines: [line] };
      continue;
    }
    current.lines.push(line);
  }
  flush();
  return { text, sectionText, itemText };
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
