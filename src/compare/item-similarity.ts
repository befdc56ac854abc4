import type { Item } from './items.js';
import { bigramsOf, cosine, sharedCosines, tfidfVectors } from './text-vectors.js';

export type Similarities = {
  /** 0 for items that share no bigram. */
  get(oldIndex: number, newIndex: number): number;
  forEach(visit: (oldIndex: number, newIndex: number, similarity: number) => void): void;
};

/** Pairs below this share too little to be worth keeping (a tenth of the weight of their words). */
const FLOOR = 0.1;

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
  const dots = sharedCosines(texts.slice(0, n), texts.slice(n));
  const rows: Map<number, number>[] = dots.map((row, i) => {
    const out = new Map<number, number>();
    for (const [j, textSim] of row) {
      const a = oldItems[i]!;
      const b = newItems[j]!;
      const hasBody = a.block.length > a.title.length + 4 || b.block.length > b.title.length + 4;
      const titleSim = a.title && b.title ? cosine(titles[i]!, titles[n + j]!) : textSim;
      const s = hasBody ? (titleSim + Math.min(textSim, 1)) / 2 : titleSim;
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
