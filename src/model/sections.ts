/**
 * How sources name a report's sections: `前言` for the preamble before the first heading, then
 * the heading's Chinese numeral as the report writes it (一, 二, … 十, 十一, … 九十九). A report has
 * as many sections as its text has headings; these functions only know the numbers.
 */

/** A section as sources cite it: 前言 or a numeral. */
export type Section = string;

export const PREAMBLE = '前言';

/** The largest section number the numerals below can write (two digits). */
export const MAX_SECTION = 99;

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** One numeral per number, as reports write them: 十 not 一十, 二十 not 两十, no 〇. */
const NUMERAL = /^(?:([二三四五六七八九])?十([一二三四五六七八九])?|([一二三四五六七八九]))$/;

/** The number a section numeral stands for (十一 → 11), or null for anything else. */
export function numeralValue(numeral: string): number | null {
  const match = NUMERAL.exec(numeral);
  if (!match) return null;
  const [, tens, units, single] = match;
  if (single) return DIGITS.indexOf(single) + 1;
  return (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? DIGITS.indexOf(units) + 1 : 0);
}

/** The numeral of a number from 1 to 99 (11 → 十一). */
export function numeralOf(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_SECTION) throw new RangeError(`no section numeral for ${value}`);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const unitText = units > 0 ? DIGITS[units - 1]! : '';
  if (tens === 0) return unitText;
  return `${tens > 1 ? DIGITS[tens - 1]! : ''}十${unitText}`;
}

/** 0 for the preamble, otherwise the numeral's value; null for a name that is neither. */
export function sectionNumberOf(section: string): number | null {
  return section === PREAMBLE ? 0 : numeralValue(section);
}

/** The section's number for one a source or a parsed report gave (so known to be valid). */
export function sectionNumber(section: Section): number {
  const value = sectionNumberOf(section);
  if (value === null) throw new RangeError(`"${section}" is not a section`);
  return value;
}

/** The section named by a number: 0 → 前言, 11 → 十一. */
export const sectionOf = (value: number): Section => (value === 0 ? PREAMBLE : numeralOf(value));

export const isSection = (value: string): boolean => sectionNumberOf(value) !== null;
