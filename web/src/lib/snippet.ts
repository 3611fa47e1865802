/**
 * Search snippets arrive as HTML-escaped text in which matched tokens are wrapped in <em>…</em>.
 * They are never handed to the DOM as HTML: they are split into plain-text segments (entities
 * decoded, so React escapes them again when rendering) and flagged segments become <mark>.
 */

export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Decodes the few entities the server's escaper produces; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Splits a snippet into segments; only the literal <em> and </em> markers carry meaning. */
export function parseSnippet(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let highlighted = false;
  for (const part of snippet.split(/(<\/?em>)/)) {
    if (part === '<em>') highlighted = true;
    else if (part === '</em>') highlighted = false;
    else if (part !== '') {
      const text = decodeEntities(part);
      const last = segments[segments.length - 1];
      if (last && last.highlighted === highlighted) last.text += text;
      else segments.push({ text, highlighted });
    }
  }
  return segments;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES_REVERSE[c] ?? c);
}
const ENTITIES_REVERSE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The snippet as safe HTML (for places that need a string, e.g. an ECharts tooltip). */
export function snippetToHtml(snippet: string): string {
  return parseSnippet(snippet)
    .map((s) => (s.highlighted ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join('');
}

/** Plain text of a snippet, for accessible names. */
export function snippetText(snippet: string): string {
  return parseSnippet(snippet)
    .map((s) => s.text)
    .join('');
}
