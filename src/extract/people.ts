import { COMPOUND_SURNAMES, NOT_IN_GIVEN_NAME, SURNAMES, TITLES_AFTER, TITLES_BEFORE, WORDS_AFTER_NAME } from './lexicon';
import type { Segmenter, Token } from './segmenter';

/** A person's name found in a text: where, how sure, and why. */
export interface PersonMention {
  name: string;
  start: number;
  end: number;
  confidence: number;
  evidence: string;
}

const CJK = /^[\u4e00-\u9fff]+$/;
const PUNCTUATION = /^[\s、，。；：,;:（）()“”"《》【】！？!?—]/;
/** A class or team code written right before a student's name: 16建筑装饰班, 18电商B, 17电气AHK. */
const CODE_BEFORE = /[A-Za-z0-9]$/;
/** Below this a mention is not proposed, unless a list it stands in vouches for it. */
export const MIN_CONFIDENCE = 0.5;

/** The surname a name starts with, or null. */
export function surnameOf(name: string): string | null {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  if (compound) return compound;
  return SURNAMES.has(name[0] ?? '') ? name[0]! : null;
}

/** A name of 2 to 4 Chinese characters: a surname, then one or two characters that given names use. */
export function looksLikeName(name: string): boolean {
  const surname = surnameOf(name);
  if (!surname || !CJK.test(name)) return false;
  const given = name.slice(surname.length);
  return given.length >= 1 && given.length <= 2 && [...given].every((c) => !NOT_IN_GIVEN_NAME.has(c));
}

const startsWithAny = (text: string, words: readonly string[]) => words.find((w) => text.startsWith(w));
const endsWithAny = (text: string, words: readonly string[]) => words.find((w) => text.endsWith(w));

/** What the text right after a name says about it: a title of address, or a word that may follow a name. */
function rightContext(after: string): { ok: boolean; title?: string } {
  if (after.length === 0 || PUNCTUATION.test(after)) return { ok: true };
  const title = startsWithAny(after, TITLES_AFTER);
  if (title) return { ok: true, title };
  if (/^[\d一二两三四五六七八九十]+名/.test(after)) return { ok: true };
  return { ok: !!startsWithAny(after, WORDS_AFTER_NAME) };
}

/** What the text right before a name says about it: a title or role, a list or a class code. */
function leftContext(before: string): { ok: boolean; title?: string } {
  // 1名教师（洪杰）, 3名教师（王铖、…）: a count of people, then their names in brackets.
  if (/名(?:教师|老师|学生|同学|选手|队员|员工)[（(]$/.test(before)) return { ok: true, title: 'a count of people' };
  if (before.length === 0 || PUNCTUATION.test(before.slice(-1))) return { ok: true };
  const title = endsWithAny(before, TITLES_BEFORE);
  if (title) return { ok: true, title };
  if (CODE_BEFORE.test(before)) return { ok: true, title: 'class code' };
  return { ok: /[和与及]$/.test(before) };
}

/** True when the segmenter knows the characters as an ordinary word (高级, 宁波), not as a name. */
function isOrdinaryWord(seg: Segmenter, name: string): boolean {
  const tag = seg.dictionaryTag(name);
  return tag !== null && !tag.startsWith('nr');
}

/**
 * How much less likely a name is for what the dictionary says of its characters: a word the
 * dictionary lists (荣誉 and 向东 are tagged as names there too) or a name whose surname and first
 * given character make an ordinary word (幸福感) needs a title or a list to be believed.
 */
function dictionaryDoubt(seg: Segmenter, name: string): number {
  if (seg.dictionaryTag(name) !== null) return 0.2;
  return name.length === 3 && isOrdinaryWord(seg, name.slice(0, 2)) ? 0.3 : 0;
}

/**
 * Finds people's names in a text of the report: names the dictionary knows, words jieba's
 * name recognition proposes, and surname-led names that stand between a title, a list separator
 * or a verb of winning. Each is scored; names in a list with a well-founded name are vouched
 * for by it (陈强、高源、王妍组成…).
 */
export function findPeople(text: string, seg: Segmenter, knownNames: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  const add = (start: number, end: number, confidence: number, evidence: string) =>
    found.push({ name: text.slice(start, end), start, end, confidence, evidence });

  for (const name of knownNames) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) add(at, at + name.length, 0.95, 'a known name');
  }

  const tokens = seg.tag(text);
  const boundaries = new Set(tokens.flatMap((t) => [t.start, t.end]));
  const tagAt = new Map(tokens.map((t) => [t.start, t.tag]));
  const consider = (start: number, end: number, from: string, base: number) => {
    const name = text.slice(start, end);
    if (!looksLikeName(name) || isOrdinaryWord(seg, name)) return;
    const left = leftContext(text.slice(Math.max(0, start - 4), start));
    const right = rightContext(text.slice(end, end + 4));
    if (!right.ok) return;
    const title = right.title ?? left.title;
    const confidence = title ? Math.max(base, 0.85) : (left.ok ? base + 0.1 : base) - dictionaryDoubt(seg, name);
    const why = [from, title ? `next to ${title}` : null].filter(Boolean).join(', ');
    add(start, end, Math.min(confidence, 0.9), why);
  };

  // The segmenter's own guesses: an unknown word (x) or a name (nr), or a surname and a given name it split.
  tokens.forEach((token: Token, i) => {
    if ((token.tag === 'x' || token.tag.startsWith('nr')) && CJK.test(token.word)) consider(token.start, token.end, 'segmenter', 0.6);
    const next = tokens[i + 1];
    if (
      next &&
      token.tag.startsWith('nr') &&
      token.word.length === 1 &&
      (next.tag.startsWith('nr') || next.tag === 'x') &&
      next.start === token.end
    ) {
      consider(token.start, next.end, 'segmenter', 0.6);
    }
  });

  // Surname-led names between a title, a separator or a verb: what the segmenter split into characters.
  for (let start = 0; start < text.length; start++) {
    if (!surnameOf(text.slice(start, start + 2)) && !SURNAMES.has(text[start]!)) continue;
    for (const length of [3, 2, 4]) {
      const end = start + length;
      if (end > text.length) continue;
      const name = text.slice(start, end);
      if (!looksLikeName(name) || isOrdinaryWord(seg, name)) continue;
      const left = leftContext(text.slice(Math.max(0, start - 4), start));
      const right = rightContext(text.slice(end, end + 4));
      // After a title or role (副院长温建国带队…), a verb or adverb the segmenter sees may follow too.
      const verbAfter = !!left.title && /^[vdpc]/.test(tagAt.get(end) ?? '');
      if (!left.ok || !(right.ok || verbAfter)) continue;
      const title = right.title ?? left.title;
      const aligned = boundaries.has(start) && boundaries.has(end);
      const confidence = title ? 0.85 : (aligned ? 0.45 : 0.35) - dictionaryDoubt(seg, name);
      add(start, end, confidence, title ? `pattern, next to ${title}` : 'pattern, between separators');
      break;
    }
  }

  return vouchForLists(text, resolveOverlaps(found)).filter((m) => m.confidence >= MIN_CONFIDENCE);
}

/** Keeps, of mentions that overlap, the most confident (the longer one on a tie). */
function resolveOverlaps(mentions: PersonMention[]): PersonMention[] {
  const sorted = [...mentions].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PersonMention[] = [];
  for (const m of sorted) {
    const clash = kept.find((k) => m.start < k.end && k.start < m.end);
    if (!clash) kept.push(m);
    else if (clash.name === m.name && !clash.evidence.includes(m.evidence)) clash.evidence = `${clash.evidence}; ${m.evidence}`;
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A weak name written in a list right next to a confident one (、 和 与 及) is taken as a name too. */
function vouchForLists(text: string, mentions: PersonMention[]): PersonMention[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.confidence >= MIN_CONFIDENCE) continue;
      const neighbours = [mentions[i - 1], mentions[i + 1]].filter((n): n is PersonMention => !!n && n.confidence >= 0.7);
      const listed = neighbours.some((n) => {
        const between = n.end <= m.start ? text.slice(n.end, m.start) : text.slice(m.end, n.start);
        return /^[、和与及]$/.test(between);
      });
      if (listed) {
        m.confidence = 0.75;
        m.evidence = `${m.evidence}, listed with a name`;
        changed = true;
      }
    }
  }
  return mentions;
}
