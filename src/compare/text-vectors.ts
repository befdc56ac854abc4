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
 * found through an inverted index: two plans of thousands of items never build the full matrix;
 * those below `floor` are not kept.
 * Dot products accumulate in one dense array reused for every left vector (a Map per vector
 * was nine tenths of a diff of two 1 MB plans).
 */
export function sharedCosines(left: readonly Vector[], right: readonly Vector[], floor = 0): Map<number, number>[] {
  const postings = new Map<string, { items: number[]; weights: number[] }>();
  right.forEach((v, j) => {
    for (const [g, w] of v) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = { items: [], weights: [] }));
      list.items.push(j);
      list.weights.push(w);
    }
  });
  const dots = new Float64Array(right.length);
  const touched: number[] = [];
  return left.map((v) => {
    for (const [g, w] of v) {
      const list = postings.get(g);
      if (!list) continue;
      const { items, weights } = list;
      for (let k = 0; k < items.length; k++) {
        const j = items[k]!;
        if (dots[j] === 0) touched.push(j);
        dots[j] = dots[j]! + w * weights[k]!;
      }
    }
    const out = new Map<number, number>();
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      if (dots[j]! >= floor) out.set(j, dots[j]!);
      dots[j] = 0;
    }
    touched.length = 0;
    return out;
  });
}
