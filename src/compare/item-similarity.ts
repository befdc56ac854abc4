import type { Item } from './items.js';
import { bigramsOf, cosine, sharedCosines, tfidfVectors } from './text-vectors.js';

export type Similarities = {
  /** 0 for items that share no bigram. */
  get(oldIndex: number, newIndex: number): number;
  forEach(visit: (oldIndex: number, newIndex: number, similarity: number) => void): void;
};

/** Pairs below this share too little to be worth keeping (a tenth of the weight of their words). */
const FLOOR = 0.1;
/** Texts or titles sharing less than this are not compared further: their mean cannot reach FLOOR. */
const CANDIDATE = 0.05;

/**
 * How alike two items are, 0–1: the mean of the cosine of their titles and the cosine of their
 * whole texts, over TF-IDF weighted character bigrams. An item's whole text is its title and body
 * and everything under it: a heading is about what its sub-items say. A reworded title with its
 * body kept still scores high through the body; a kept title over a rewritten body through the
 * title. Two items that are only titles are compared by their titles.
 */
export function itemSimilarities(oldItems: readonly Item[], newItems: readonly Item[]): Similarities {
  const all = [...oldItems, ...newItems];
  const texts = tfidfVectors(all.map((i) => bigramsOf(i.block)));
  const titles = tfidfVectors(all.map((i) => bigramsOf(i.title)));
  const n = oldItems.length;
  // Candidates share enough of their texts or of their titles: a kept title over a rewritten body
  // shares little text but scores through its title.
  const textDots = sharedCosines(texts.slice(0, n), texts.slice(n), CANDIDATE);
  const titleDots = sharedCosines(titles.slice(0, n), titles.slice(n), CANDIDATE);
  const rows: Map<number, number>[] = textDots.map((row, i) => {
    const out = new Map<number, number>();
    const candidates = new Set([...row.keys(), ...titleDots[i]!.keys()]);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const a = oldItems[i]!;
      const b = newItems[j]!;
      const textSim = Math.min(row.get(j) ?? cosine(texts[i]!, texts[n + j]!), 1);
      const hasBody = a.block.length > a.title.length + 4 || b.block.length > b.title.length + 4;
      const titleSim = a.title && b.title ? (titleDots[i]!.get(j) ?? cosine(titles[i]!, titles[n + j]!)) : textSim;
      const s = hasBody ? (titleSim + textSim) / 2 : titleSim;
      if (s >= FLOOR) out.set(j, s);
    }
    return out;
  });
  return {
    get: (i, j) => rows[i]?.get(j) ?? 0,
    forEach(visit) {
      rows.forEach((row, i) => {
        for (const j of [...row.keys()].sort((x, y) => x - y)) visit(i, j, row.get(j)!);
      });
    },
  };
}
