import { parseSnippet, snippetText, snippetToHtml } from '../../web/src/lib/snippet';

describe('search snippets', () => {
  it('turns <em> markers into highlighted segments', () => {
    expect(parseSnippet('选手<em>杨珍华</em>')).toEqual([
      { text: '选手', highlighted: false },
      { text: '杨珍华', highlighted: true },
    ]);
    expect(snippetToHtml('<em>Yang</em> <em>Zhen</em>hua')).toBe('<mark>Yang</mark> <mark>Zhen</mark>hua');
  });

  it("decodes the server's escaping into text, which is escaped again as HTML", () => {
    expect(snippetText('People&#39;s Republic &amp; &lt;b&gt;')).toBe("People's Republic & <b>");
    expect(snippetToHtml('People&#39;s &lt;b&gt;')).toBe('People&#39;s &lt;b&gt;');
  });

  it('never lets markup through, escaped or raw', () => {
    const raw = '<script>alert(1)</script><em>x</em><img src=x onerror=alert(1)>';
    const html = snippetToHtml(raw);
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(script|img)/i);
    expect(parseSnippet(raw)[0]).toEqual({ text: '<script>alert(1)</script>', highlighted: false });
    // An escaped <script> from the server is text too.
    expect(snippetToHtml('&lt;script&gt;<em>a</em>')).toBe('&lt;script&gt;<mark>a</mark>');
  });

  it('ignores stray or unbalanced markers and other tags', () => {
    expect(parseSnippet('a</em>b<em>c')).toEqual([
      { text: 'ab', highlighted: false },
      { text: 'c', highlighted: true },
    ]);
    expect(snippetToHtml('<EM>x</EM><mark>y</mark>')).toBe('&lt;EM&gt;x&lt;/EM&gt;&lt;mark&gt;y&lt;/mark&gt;');
    expect(parseSnippet('')).toEqual([]);
  });
});
