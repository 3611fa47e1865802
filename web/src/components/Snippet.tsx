import { parseSnippet } from '../lib/snippet';

/** A search snippet: text rendered as text, the matched parts as <mark>. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {parseSnippet(snippet).map((segment, i) =>
        segment.highlighted ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </span>
  );
}
