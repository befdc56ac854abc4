import { normalize } from '../pipeline/normalize.js';

/** A sparse vector: bigram → weight, scaled to unit length. */
export type Vector = Map<string, number>;

/**
 * What an item says, reduced to its character bigrams. Full-width and traditional forms are
 * folded as the parser folds them, numbers become one symbol (a target moved from 85% to 90%
 * leaves the item as it was), and punctuation and spaces are dropped. Bigrams rather than
 * jieba words: they need no dictionary, cost nothing to load, and survive the small rewordings
 * plans make from one year to the next (推进 → 推动, 普及普惠 → 普惠优质) better than whole words.
 */
export function bigramsOf(text: string): string[] {
  const folded = normalize(text).text.replace(/[0-9]+(?:\.[0-9]+)?/g, '#');
  const kept = folded.replace(/[^\p{Script=Han}A-Za-z#%]+/gu, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < kept.length; i++) out.push(kept.slice(i, i + 2));
  if (kept.length === 1) out.push(kept);
  return out;
}

/**
 * TF-IDF vectors of many texts at once, the document frequencies taken over all of them (the
 * items of both plans): bigrams every item has (工作, 推进) weigh little, the ones that name
 * the subject (学前, 普惠) weigh much. Term frequency is dampened (1 + log tf) so a long body
 * does not drown its title.
 */
export function tfidfVectors(texts: readonly string[][]): Vector[] {
  const df = new Map<string, number>();
  const counts = texts.map((grams) => {
    const tf = new Map<string, number>();
    for (const g of grams) tf.set(g, (tf.get(g) ?? 0) + 1);
    for (const g of tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    return tf;
  });
  const n = texts.length;
  return counts.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [g, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / df.get(g)!);
      v.set(g, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [g, w] of v) v.set(g, w / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) {
    const other = large.get(g);
    if (other !== undefined) dot += w * other;
  }
  return Math.min(dot, 1);
}

/**
 * For each vector of `left`, the vectors of `right` it shares any bigram with and their cosine,
 * found through an inverted index: two plans of thousands of items never build the full matrix.
 */
export function sharedCosines(left: readonly Vector[], right: readonly Vector[]): Map<number, number>[] {
  const postings = new Map<string, Array<[number, number]>>();
  right.forEach((v, j) => {
    for (const [g, w] of v) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push([j, w]);
    }
  });
  return left.map((v) => {
    const dots = new Map<number, number>();
    for (const [g, w] of v) for (const [j, other] of postings.get(g) ?? []) dots.set(j, (dots.get(j) ?? 0) + w * other);
    return dots;
  });
}
