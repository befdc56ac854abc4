import type { Similarities } from './item-similarity.js';

type Thresholds = { clearly: number; mutual: number; margin: number };

/**
 * Pairs among the items the ordered chain left: those `clearly` similar, and those that are
 * each other's best match (at least `mutual`, ahead of any runner-up on either side by
 * `margin`), taken most similar first, each item once. Best and second-best are found in one
 * pass over the similar pairs, so this stays linear in their number.
 */
export function pairLeftovers(sims: Similarities, left: (i: number, j: number) => boolean, { clearly, mutual, margin }: Thresholds): Array<[number, number, number]> {
  const topOld = new Map<number, [number, number]>(); // best, second best
  const topNew = new Map<number, [number, number]>();
  const note = (tops: Map<number, [number, number]>, k: number, s: number) => {
    const t = tops.get(k) ?? [0, 0];
    if (s > t[0]) tops.set(k, [s, t[0]]);
    else if (s > t[1]) tops.set(k, [t[0], s]);
    else tops.set(k, t);
  };
  sims.forEach((i, j, s) => {
    if (!left(i, j)) return;
    note(topOld, i, s);
    note(topNew, j, s);
  });
  const isMutual = (i: number, j: number, s: number) => {
    const [bestOld, secondOld] = topOld.get(i)!;
    const [bestNew, secondNew] = topNew.get(j)!;
    return s >= bestOld && s >= bestNew && s - Math.max(secondOld, secondNew) >= margin;
  };
  const found: Array<[number, number, number]> = [];
  sims.forEach((i, j, s) => {
    if (left(i, j) && (s >= clearly || (s >= mutual && isMutual(i, j, s)))) found.push([i, j, s]);
  });
  found.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  return found.filter(([i, j]) => {
    if (usedOld.has(i) || usedNew.has(j)) return false;
    usedOld.add(i);
    usedNew.add(j);
    return true;
  });
}
