import type { TextMatch } from '../data/search';

/** Search results show their match as HTML: the passage escaped, each matching run in <em>. */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function highlight({ text, runs }: TextMatch): string {
  let out = '';
  let at = 0;
  for (const [from, to] of runs) {
    out += `${escapeHtml(text.slice(at, from))}<em>${escapeHtml(text.slice(from, to))}</em>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at));
}
