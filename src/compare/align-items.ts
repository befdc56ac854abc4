import type { Item } from './items.js';
import { itemSimilarities, type Similarities } from './item-similarity.js';
import { heaviestChain, type Candidate } from './heaviest-chain.js';
import { pairLeftovers } from './pair-leftovers.js';

/** Two items taken for the same one. `inOrder`: part of the order-respecting chain. */
export type Match = { old: number; new: number; similarity: number; inOrder: boolean };

/**
 * Below this similarity two items are not the same item, whatever their place. Chosen on the
 * synthetic and real pairs (tests/compare/, README "Comparing plans"): reworded items of next
 * year's plan score 0.4–1, unrelated items of one plan rarely above 0.2.
 */
const SAME_IN_ORDER = 0.3;
/** An item found out of order (moved) must be more clearly the same: nothing around it vouches for it. */
const SAME_OUT_OF_ORDER = 0.45;
/**
 * Each other's best match among what is left, and clearly so (by MARGIN over any runner-up):
 * on the real 2016/2018/2019 task lists this finds items rewritten harder (政府公报, 预决算)
 * at no cost in precision there; lower, it starts pairing unrelated items.
 */
const MUTUAL_BEST = 0.2;
const MARGIN = 0.05;
/** A heading whose sub-items went with another heading is that heading, reworded or not. */
const CHILDREN_SHARED = 0.5;

/**
 * Aligns the items of two plans by what they say, never by their numbers:
 * 1. the heaviest chain of pairs that keeps both plans' order (a weighted longest common
 *    subsequence over the pairs similar enough), so an inserted section only shifts the rest;
 * 2. headings that share most of their matched sub-items are paired, even when the heading
 *    itself was rewritten, and the chain is computed again with them;
 * 3. what is left is paired, most similar first, when clearly the same or each other's clear
 *    best match: an item moved elsewhere in the plan.
 * The preamble pairs with the preamble.
 */
export function alignItems(oldItems: readonly Item[], newItems: readonly Item[]): Match[] {
  const sims = itemSimilarities(oldItems, newItems);
  const fixed: Match[] = [];
  const isPreamble = (items: readonly Item[], i: number) => items[i]?.id === '0' && i === 0;
  if (isPreamble(oldItems, 0) && isPreamble(newItems, 0)) fixed.push({ old: 0, new: 0, similarity: sims.get(0, 0), inOrder: true });
  const skipOld = (i: number) => isPreamble(oldItems, i);
  const skipNew = (j: number) => isPreamble(newItems, j);

  // A heading stands for its block: where it crosses an item moved out of its section, the chain
  // keeps the heading (and the order of everything under it), not the moved item.
  const oldSizes = subtreeSizes(oldItems);
  const newSizes = subtreeSizes(newItems);
  const candidates: Candidate[] = [];
  sims.forEach((i, j, s) => {
    if (s >= SAME_IN_ORDER && !skipOld(i) && !skipNew(j)) candidates.push({ a: i, b: j, weight: s * s * Math.min(oldSizes[i]!, newSizes[j]!) });
  });
  let chain = heaviestChain(candidates);

  const boosted = childrenBoost(oldItems, newItems, chain, sims, oldSizes, newSizes);
  if (boosted.length > 0) chain = heaviestChain([...candidates.filter((c) => !boosted.some((b) => b.a === c.a && b.b === c.b)), ...boosted]);

  const matches: Match[] = [...fixed, ...chain.map((c) => ({ old: c.a, new: c.b, similarity: Math.max(sims.get(c.a, c.b), Math.sqrt(c.weight / Math.min(oldSizes[c.a]!, newSizes[c.b]!))), inOrder: true }))];
  const usedOld = new Set(matches.map((m) => m.old));
  const usedNew = new Set(matches.map((m) => m.new));
  const left = (i: number, j: number) => !usedOld.has(i) && !usedNew.has(j) && !skipOld(i) && !skipNew(j);
  for (const [i, j, s] of pairLeftovers(sims, left, { clearly: SAME_OUT_OF_ORDER, mutual: MUTUAL_BEST, margin: MARGIN })) {
    matches.push({ old: i, new: j, similarity: s, inOrder: false });
  }
  return matches.sort((x, y) => x.new - y.new);
}

/**
 * Pairs of headings, each left unpaired by the first chain, that share at least half of their
 * sub-items (Dice over the pairs found): candidates weighted by that share and their own similarity.
 */
function childrenBoost(oldItems: readonly Item[], newItems: readonly Item[], chain: readonly Candidate[], sims: Similarities, oldSizes: number[], newSizes: number[]): Candidate[] {
  const partnerOfOld = new Map(chain.map((c) => [c.a, c.b]));
  const pairedNew = new Set(chain.map((c) => c.b));
  const out: Candidate[] = [];
  for (const a of oldItems) {
    if (a.children.length === 0 || partnerOfOld.has(a.index)) continue;
    const parents = new Map<number, number>();
    for (const c of a.children) {
      const partner = partnerOfOld.get(c);
      const parent = partner === undefined ? -1 : newItems[partner]!.parent;
      if (parent >= 0 && !pairedNew.has(parent)) parents.set(parent, (parents.get(parent) ?? 0) + 1);
    }
    for (const [b, shared] of parents) {
      const share = (2 * shared) / (a.children.length + newItems[b]!.children.length);
      if (share < CHILDREN_SHARED) continue;
      const similarity = (share + sims.get(a.index, b)) / 2;
      out.push({ a: a.index, b, weight: similarity * similarity * Math.min(oldSizes[a.index]!, newSizes[b]!) });
    }
  }
  return out;
}

/** Items in each item's block: itself and everything under it. */
function subtreeSizes(items: readonly Item[]): number[] {
  const sizes = items.map(() => 1);
  for (let i = items.length - 1; i >= 0; i--) {
    const parent = items[i]!.parent;
    if (parent >= 0) sizes[parent]! += sizes[i]!;
  }
  return sizes;
}
