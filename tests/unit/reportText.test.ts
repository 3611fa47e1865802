import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { parseCorpus, quoteInContext } from '../../src/model/reportText';

/** Quotes shown inside their sentence of the report, found in the item the source cites. */
const corpus = parseCorpus(fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'reports', '2020-s1', 'report.txt'), 'utf8'));

describe('quoteInContext', () => {
  it("widens a quote to its sentence and gives the quote's offsets in it", () => {
    const quote = '杨珍华摘得银牌';
    const found = quoteInContext(corpus, '四', 1, quote)!;
    expect(found.sentence.slice(found.start, found.end)).toBe(quote);
    expect(found.sentence.length).toBeGreaterThan(quote.length);
    expect(found.sentence).toMatch(/[。；]$/);
    expect(found.sentence.slice(0, -1)).not.toMatch(/[。；！？]/);
  });

  it("leaves the item's number out of its first sentence", () => {
    const first = corpus.itemText.get('四.2')!;
    const leading = /^\d+\.\s*/.exec(first)![0];
    const quote = first.slice(leading.length, leading.length + 8);
    const found = quoteInContext(corpus, '四', 2, quote)!;
    expect(found.start).toBe(0);
    expect(found.sentence.startsWith(quote)).toBe(true);
  });

  it('finds nothing for a quote that is not in the cited item', () => {
    expect(quoteInContext(corpus, '四', 2, '杨珍华摘得银牌')).toBeNull();
    expect(quoteInContext(corpus, '四', 1, '')).toBeNull();
  });
});
