import { pinyin } from 'pinyin-pro';

/** Ids and English placeholders for proposed entities, from the pinyin of their names. */

const ascii = (syllable: string) =>
  syllable
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ü/g, 'v')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function syllables(name: string, surname = false): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', ...(surname ? { surname: 'head' as const } : {}) })
    .map(ascii)
    .filter((s) => s.length > 0);
}

/** yang-zhenhua for 杨珍华: surname, then the given name as one word, as curated ids are written. */
export function personSlug(name: string): string {
  const [surname = 'x', ...given] = syllables(name, true);
  return given.length > 0 ? `${surname}-${given.join('')}` : surname;
}

/** zhoushan-jishi-xueyuan-like slugs: syllables in pairs, at most 48 characters. */
export function nameSlug(name: string): string {
  const parts = syllables(name);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 2) words.push(parts.slice(i, i + 2).join(''));
  const slug = words.join('-').slice(0, 48).replace(/-+$/, '');
  return slug.length > 0 ? slug : 'x';
}

/** A readable stand-in for an English name the curator still has to write. */
export function pinyinGloss(name: string): string {
  const words = nameSlug(name)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return `${words.join(' ')} (pinyin of ${name}; to translate)`;
}
