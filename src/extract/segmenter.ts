import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** A word of the segmented text, where it stands in it, and its part of speech (jieba's tags). */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * The Chinese segmenter (jieba with its default dictionary, no hosted model). Known names from
 * the dictionary datasets are added as words, so that a name jieba has never seen is not split
 * into single characters. Tags: nr person name, ns place, nt organisation; x where jieba's HMM
 * found an unknown word, which in these reports is most often a person's name.
 */
export class Segmenter {
  private readonly jieba = Jieba.withDict(dict);
  private readonly added = new Set<string>();

  /** Adds words with a tag (nr for people, nt for organisations). */
  addWords(words: { word: string; tag: string }[]): void {
    const fresh = words.filter((w) => w.word.length >= 2 && !/\s/.test(w.word) && !this.added.has(w.word));
    if (fresh.length === 0) return;
    fresh.forEach((w) => this.added.add(w.word));
    this.jieba.loadDict(Buffer.from(fresh.map((w) => `${w.word} 100000 ${w.tag}`).join('\n') + '\n'));
  }

  tag(text: string): Token[] {
    const tokens: Token[] = [];
    let at = 0;
    for (const { word, tag } of this.jieba.tag(text, true)) {
      const start = text.indexOf(word, at);
      if (start < 0) continue;
      tokens.push({ word, tag, start, end: start + word.length });
      at = start + word.length;
    }
    return tokens;
  }

  /** The tag jieba's dictionary gives a whole word, or null when it is not one word of it. */
  dictionaryTag(word: string): string | null {
    const tokens = this.jieba.tag(word, false);
    return tokens.length === 1 && tokens[0]!.word === word ? tokens[0]!.tag : null;
  }
}
