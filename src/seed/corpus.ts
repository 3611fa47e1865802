import { createHash } from 'node:crypto';
import { SECTIONS, type Section } from '../model/vocabulary';

/** The report's text split the way its readers cite it: section, then numbered item. */
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

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

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
