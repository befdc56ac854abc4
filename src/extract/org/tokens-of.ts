import type { DocContext } from '../types.js';

/** A jieba word with absolute offsets into the document. */
export type Token = { word: string; tag: string; start: number; end: number };

/**
 * Tags one stretch of the normalised text with jieba and gives every word its offsets.
 * jieba returns words that concatenate to the input, so offsets are a running sum; the
 * indexOf fallback only guards against a binding that drops characters.
 */
export function tokensOf(doc: DocContext, start: number, end: number): Token[] {
  const text = doc.text.slice(start, end);
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of doc.segmenter.tag(text)) {
    const found = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (found < 0) continue;
    tokens.push({ word, tag, start: start + found, end: start + found + word.length });
    at = found + word.length;
  }
  return tokens;
}
