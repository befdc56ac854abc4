import type { Segmenter } from '../segment/segmenter.js';
import type { Block, DocContext } from './types.js';
import { firstIndex, lastAtOrBefore } from '../util/sorted-search.js';

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

/** What readers of words need of a token; a reader may re-cut a word into such words of its own. */
export type Word = Pick<Token, 'start' | 'end' | 'word' | 'tag'>;

// A short aside between two characters of a word (正副校（园）长) splits it for jieba; it is
// taken out before tagging and the word's span runs across it again afterwards.
const ASIDE = /(?<=[\u3400-\u9fff])\([^()\n]{1,4}\)(?=[\u3400-\u9fff])/gu;

/** A stretch of text as jieba is given it: asides taken out, with the way back to document offsets. */
type Stripped = { text: string; base: number; shifts: { at: number; by: number }[] };

function strip(text: string, base: number): Stripped {
  // Where an aside was taken out: from `at` in the stripped text on, offsets shift by `by`.
  const shifts: { at: number; by: number }[] = [];
  if (text.search(ASIDE) < 0) return { text, base, shifts };
  let stripped = '';
  let from = 0;
  for (const m of text.matchAll(ASIDE)) {
    stripped += text.slice(from, m.index);
    from = m.index + m[0].length;
    shifts.push({ at: stripped.length, by: from - stripped.length });
  }
  return { text: stripped + text.slice(from), base, shifts };
}

/** jieba's words of a stripped stretch as tokens with document offsets. */
function tokensOf(words: readonly string[], { text, base, shifts }: Stripped, posOf: (word: string) => string): Token[] {
  // Offsets only grow, so the shift in force is found by walking forward.
  let shift = 0;
  let by = 0;
  const origin = (i: number) => {
    while (shift < shifts.length && shifts[shift]!.at <= i) by = shifts[shift++]!.by;
    return base + i + by;
  };
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words) {
    if (!text.startsWith(word, at)) {
      // The binding dropped or changed characters: resynchronise at the next occurrence.
      const next = text.indexOf(word, at);
      if (next < 0) continue;
      at = next;
    }
    const start = origin(at);
    tokens.push(new Token(start, origin(at + word.length - 1) + 1, word, posOf));
    at += word.length;
  }
  return tokens;
}

/** One jieba `cut` over a stretch of text, with offsets mapped back to the document. */
export function tagBlock(segmenter: Segmenter, text: string, base: number): Token[] {
  return tagStretches(segmenter, [{ text, base }])[0]!;
}

/**
 * Several stretches cut in one go. jieba's dictionary is tens of megabytes: cut between other
 * work, every call starts with it out of the processor's caches and runs about three times
 * slower than the same calls made back to back.
 */
export function tagStretches(segmenter: Segmenter, stretches: ReadonlyArray<{ text: string; base: number }>): Token[][] {
  const stripped = stretches.map(({ text, base }) => strip(text, base));
  const words = stripped.map((s) => segmenter.cut(s.text));
  const posOf = (word: string) => segmenter.posOf(word);
  return stripped.map((s, i) => tokensOf(words[i]!, s, posOf));
}

/**
 * Ends of clauses in normalised text: , 、 : ; 。 ! ? and line ends. jieba cuts every run of Han
 * characters (with ASCII letters, digits and +#&._%-) on its own, so a clause between two of
 * these marks is cut exactly as it is inside its block — and a clause with nothing to look at
 * is never cut.
 */
function isClauseEnd(code: number): boolean {
  return code === 0x2c || code === 0x3a || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x3001 || code === 0x3002;
}

type BlockWords = { bounds: number[]; byWindow: Map<number, Token[]> };
type Window = { words: BlockWords; key: number; from: number; to: number };

// jieba is the costliest step of the whole run: each clause is cut once, for every extractor.
const cutWords = new WeakMap<DocContext, Map<Block, BlockWords>>(); // see per-block.ts on the inner Map

/**
 * The jieba words of the clauses of `block` that [start, end) touches, cut on first use (or
 * beforehand by `prepareWords`) and shared by the extractors that need them. Everything that
 * reads them looks only within a clause: a name or a counted noun never runs across punctuation.
 */
export function wordsAround(doc: DocContext, block: Block, start: number, end: number): Token[] {
  const { words, key, from, to } = windowOf(doc, block, start, end);
  let tokens = words.byWindow.get(key);
  if (!tokens) words.byWindow.set(key, (tokens = tagBlock(doc.segmenter, doc.text.slice(from, to), from)));
  return tokens;
}

/** Cut, in one stretch, the clauses that `wordsAround` will be asked for (see tagStretches). */
export function prepareWords(doc: DocContext, needs: ReadonlyArray<{ block: Block; start: number; end: number }>): void {
  const todo = new Map<BlockWords, Map<number, Window>>();
  for (const { block, start, end } of needs) {
    const window = windowOf(doc, block, start, end);
    if (window.words.byWindow.has(window.key)) continue;
    let ofBlock = todo.get(window.words);
    if (!ofBlock) todo.set(window.words, (ofBlock = new Map()));
    ofBlock.set(window.key, window);
  }
  const windows = [...todo.values()].flatMap((ofBlock) => [...ofBlock.values()]);
  // In stretches of bounded length: a long plan's words are not all held as strings at once.
  for (let first = 0; first < windows.length; ) {
    let last = first;
    for (let length = 0; last < windows.length && length < STRETCH; last++) length += windows[last]!.to - windows[last]!.from;
    const batch = windows.slice(first, last);
    const tokens = tagStretches(doc.segmenter, batch.map(({ from, to }) => ({ text: doc.text.slice(from, to), base: from })));
    batch.forEach((w, i) => w.words.byWindow.set(w.key, tokens[i]!));
    first = last;
  }
}

/** Characters cut back to back before their words become tokens (long enough to keep jieba's tables warm). */
const STRETCH = 20_000;

/** Let go of the words of these blocks: they have been read. */
export function forgetWords(doc: DocContext, blocks: readonly Block[]): void {
  const byBlock = cutWords.get(doc);
  for (const block of blocks) byBlock?.delete(block);
}

/** The clauses of a block that [start, end) touches, as a cache key and offsets. */
function windowOf(doc: DocContext, block: Block, start: number, end: number): Window {
  let byBlock = cutWords.get(doc);
  if (!byBlock) cutWords.set(doc, (byBlock = new Map()));
  let words = byBlock.get(block);
  if (!words) byBlock.set(block, (words = { bounds: clauseBounds(doc.text, block), byWindow: new Map() }));
  const { bounds } = words;
  // The last bound at or before `start`, and the first at or after `end`.
  const lo = lastAtOrBefore(bounds, start);
  let to = lo + 1;
  while (to < bounds.length - 1 && bounds[to]! < end) to++;
  return { words, key: lo * 2 ** 20 + (to - lo), from: bounds[lo]!, to: bounds[to]! };
}

/** Offsets where clauses of a block begin, with the block's end last; never inside an aside (校(园、所)长). */
function clauseBounds(text: string, block: Block): number[] {
  const slice = text.slice(block.start, block.end);
  const asides = slice.includes('(') ? [...slice.matchAll(ASIDE)].map((m) => [block.start + m.index, block.start + m.index + m[0].length] as const) : [];
  const bounds = [block.start];
  let aside = 0; // asides are in order: the next one that has not ended yet
  for (let i = block.start; i < block.end - 1; i++) {
    if (!isClauseEnd(text.charCodeAt(i))) continue;
    while (aside < asides.length && asides[aside]![1] <= i) aside++;
    if (aside < asides.length && asides[aside]![0] <= i) continue;
    bounds.push(i + 1);
  }
  bounds.push(block.end);
  return bounds;
}

/**
 * Whether an offset falls strictly inside a dictionary word: a metric must not start or end
 * there (十分, 一次性, 高三年级). Words jieba's HMM invents for unknown runs (tag x: 所州级,
 * 个点) prove nothing and are ignored. Tokens are in order, so this is a binary search.
 */
export function insideWord(tokens: readonly Token[], offset: number): boolean {
  const t = tokens[firstIndex(tokens.length, (i) => tokens[i]!.end > offset)];
  return t !== undefined && t.tag !== 'x' && t.start < offset && offset < t.end;
}
