import type { Segmenter } from '../segment/segmenter.js';
import type { Block, DocContext } from './types.js';

/** A jieba word with absolute offsets into the document; its part of speech is looked up when read. */
export class Token {
  #tag: string | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly word: string,
    private readonly posOf: (word: string) => string,
  ) {}
  get tag(): string {
    return (this.#tag ??= this.posOf(this.word));
  }
}

// A short aside between two characters of a word (正副校（园）长) splits it for jieba; it is
// taken out before tagging and the word's span runs across it again afterwards.
const ASIDE = /(?<=[\u3400-\u9fff])\([^()\n]{1,4}\)(?=[\u3400-\u9fff])/gu;

/** One jieba `cut` over a stretch of text, with offsets mapped back to the document. */
export function tagBlock(segmenter: Segmenter, text: string, base: number): Token[] {
  const origin: number[] = [];
  let stripped = '';
  let from = 0;
  const keep = (to: number) => {
    for (let i = from; i < to; i++) origin.push(base + i);
    stripped += text.slice(from, to);
  };
  for (const m of text.matchAll(ASIDE)) {
    keep(m.index);
    from = m.index + m[0].length;
  }
  keep(text.length);
  const tokens: Token[] = [];
  let at = 0;
  const posOf = (word: string) => segmenter.posOf(word);
  for (const word of segmenter.cut(stripped)) {
    if (stripped.startsWith(word, at)) {
      tokens.push(new Token(origin[at]!, origin[at + word.length - 1]! + 1, word, posOf));
      at += word.length;
    } else {
      // The binding dropped or changed characters: resynchronise at the next occurrence.
      const next = stripped.indexOf(word, at);
      if (next < 0) continue;
      at = next;
      tokens.push(new Token(origin[at]!, origin[at + word.length - 1]! + 1, word, posOf));
      at += word.length;
    }
  }
  return tokens;
}

// jieba is the costliest step of the whole run: each block is tagged once, for every extractor.
const tagged = new WeakMap<DocContext, WeakMap<Block, Token[]>>();

/** The jieba words of a block, tagged on first use and shared by the extractors that need them. */
export function blockTokens(doc: DocContext, block: Block): Token[] {
  let byBlock = tagged.get(doc);
  if (!byBlock) tagged.set(doc, (byBlock = new WeakMap()));
  let tokens = byBlock.get(block);
  if (!tokens) byBlock.set(block, (tokens = tagBlock(doc.segmenter, doc.text.slice(block.start, block.end), block.start)));
  return tokens;
}

/**
 * Whether an offset falls strictly inside a dictionary word: a metric must not start or end
 * there (十分, 一次性, 高三年级). Words jieba's HMM invents for unknown runs (tag x: 所州级,
 * 个点) prove nothing and are ignored. Tokens are in order, so this is a binary search.
 */
export function insideWord(tokens: readonly Token[], offset: number): boolean {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo];
  return t !== undefined && t.tag !== 'x' && t.start < offset && offset < t.end;
}
