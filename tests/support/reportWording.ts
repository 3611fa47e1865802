/**
 * The names the report gives a competition or an event, read from the quotes that state it, so
 * that a test can check every way the report writes a name without listing them by hand.
 *
 * A quote is cut into clauses at punctuation (never inside quotation marks or title brackets).
 * A clause names something when it ends, bar a trailing particle (中, 等, 的, 在…, 顺利…), in
 * one of the words that end names of contests and events (赛, 节, 会, 周, 活动, 讲座, 评选…);
 * the name starts after the clause's last verb or preposition (参加, 开展, 在, 完成…) and any
 * count (2场). Text in quotation marks or title brackets is a name too when it stands alone in
 * its clause that way (参加“第十五届中国浙江·宁波人才科技周”, 题为《…》的).
 */

const NAME_END = /(?:赛|节|会|周|活动|讲座|演习|培训|评选|评比|评估|考核|验收|复评|参评)$/;
/** What may follow a name in its clause: a particle, or a verb phrase about it. */
const AFTER_NAME = /^(?:中|上|等|的|在|顺利|工作|落幕)/;
/** Verbs and prepositions a name follows (参加X, 在X中, 开展了X, 题为《X》). */
const BEFORE_NAME = /在|参加|开展了|开展|安排了|安排|举行|举办|组织|承办|完成|通过了|推荐到|进入|题为/g;
/** A count before a name: 2场学习会. */
const COUNT = /^\d+[场个项次期]/;
const OPENING = '“《「';
const CLOSING = '”》」';
const CLAUSE_BREAK = /[，。；：！？,;:!?\s]/;
// Guarded: ''.includes('') would be true.
const isOpening = (char?: string) => !!char && OPENING.includes(char);
const isClosing = (char?: string) => !!char && CLOSING.includes(char);

/** The quote's clauses, split at punctuation outside quotation marks and title brackets. */
export function clauses(quote: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of quote) {
    if (isOpening(char)) depth++;
    if (isClosing(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && CLAUSE_BREAK.test(char)) {
      out.push(current);
      current = '';
    } else current += char;
  }
  out.push(current);
  return out.filter((c) => c !== '');
}

/** Where a name starts in `text` (which ends where the name ends): after the last verb, and any count. */
function nameStart(text: string): number {
  let start = 0;
  for (const match of text.matchAll(BEFORE_NAME)) start = match.index + match[0].length;
  const count = COUNT.exec(text.slice(start));
  return start + (count ? count[0].length : 0);
}

const followedByName = (rest: string) => rest === '' || AFTER_NAME.test(rest);

/** The name a clause ends with, if it ends with one. */
function trailingName(clause: string): string | null {
  for (let end = clause.length; end > 1; end--) {
    const rest = clause.slice(end);
    // A closing quotation mark after the name's last word belongs to the name.
    if (isClosing(rest[0])) continue;
    const head = clause.slice(0, end);
    const words = isClosing(head.at(-1)) ? head.slice(0, -1) : head;
    const suffix = NAME_END.exec(words);
    if (!suffix || !followedByName(rest)) continue;
    // 26节 is a count of lessons, not the end of a name.
    if (/\d$/.test(words.slice(0, suffix.index))) continue;
    const name = head.slice(nameStart(head)).trim();
    return name.length > suffix[0].length + 1 ? name : null;
  }
  return null;
}

/** Text in quotation marks or title brackets that stands alone in its clause as a name. */
function quotedNames(clause: string): string[] {
  const names: string[] = [];
  for (const match of clause.matchAll(/[“《「]([^”》」]+)[”》」]/g)) {
    const before = clause.slice(0, match.index);
    const after = clause.slice(match.index + match[0].length);
    const led = before === '' || nameStart(before) === before.length;
    if (led && followedByName(after)) names.push(match[0], match[1]!);
  }
  return names;
}

/** Every name the quote gives, as written, each once. */
export function namesInQuote(quote: string): string[] {
  const names = clauses(quote).flatMap((clause) => [trailingName(clause), ...quotedNames(clause)]);
  return [...new Set(names.filter((n): n is string => n !== null))];
}

/** A name as someone would type it: the same without quotation marks and title brackets. */
export const withoutQuotationMarks = (name: string) => name.replace(/[“”《》「」"]/g, '');
