/**
 * How names are compared: what a user types and what the report writes reach the same entity
 * when they differ only in form. Used on both sides, when the storage codec derives an entity's
 * lookup keys and when a lookup or search turns its input into the same keys.
 */

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/;
// Chinese characters are letters too (\p{L}): the second alternative stops where they start.
const TOKEN = /[\u3400-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu;

export const isCjk = (token: string) => CJK_RUN.test(token[0] ?? '');

/** Lower-case, full-width to half-width, and tone marks removed (yáng → yang). */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase().trim();
}

/** Runs of Chinese characters and runs of letters or digits; punctuation and spaces separate them. */
export function textTokens(text: string): string[] {
  return normaliseText(text).match(TOKEN) ?? [];
}

/**
 * A name's key: its tokens, Chinese runs joined as one (quotation marks, brackets and spaces
 * between Chinese characters are not part of a name), other tokens separated by one space so
 * that words stay words. “瓦萨杯”技能节, 瓦萨杯 技能节 and 瓦萨杯技能节 have one key.
 */
export function nameKey(text: string): string {
  let key = '';
  let last = '';
  for (const token of textTokens(text)) {
    if (key !== '' && !(isCjk(token) && isCjk(last))) key += ' ';
    key += token;
    last = token;
  }
  return key;
}

const YEAR = /(?<!\d)(?:19|20)\d\d(?:\s*[—–~-]\s*(?:19|20)\d\d)?(?:学年度|学年|年度|年)?(?!\d)/g;
const EDITION = /第[0-9零〇一二三四五六七八九十百两]+届|首届/g;
/** The report's words for the college itself, written before the name of its own events. */
const SELF_REFERENCE = /^(?:学院|我院)/;

/**
 * The key of a name with the parts the report adds or drops at will: the edition (第十五届,
 * 首届), the year (2020年, 2019学年), the college's own name in front (学院“5A”等级平安校园复评)
 * and a trailing 活动. 首届2020年浙江省技能大赛 and 2020年浙江省技能大赛 share one. Null when
 * nothing would remain.
 */
export function looseNameKey(text: string): string | null {
  let rest = normaliseText(text).replace(EDITION, ' ').replace(YEAR, ' ').trim();
  // Removed only where a name remains: 学院 alone, or 活动 alone, is not a shortened name.
  const withoutSelf = rest.replace(SELF_REFERENCE, '');
  if (nameKey(withoutSelf).length >= 2) rest = withoutSelf;
  const withoutActivity = rest.replace(/活动$/, '');
  if (nameKey(withoutActivity).length >= 2) rest = withoutActivity;
  const key = nameKey(rest);
  return key === '' ? null : key;
}

/** The distinct non-empty keys of some names. */
export function distinctKeys(names: string[], keyOf: (name: string) => string | null): string[] {
  return [...new Set(names.map(keyOf).filter((key): key is string => !!key))];
}

/**
 * Several names as one searchable text: each name's key followed by ` | `. A key found between
 * separators is a whole name (` | 杨珍华 | `); a word found after a space starts a word.
 */
export function keyedText(names: string[]): string {
  return distinctKeys(names, nameKey)
    .map((key) => `${key} | `)
    .join('');
}
