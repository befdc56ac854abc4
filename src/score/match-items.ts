/** How well two lists of the same kind agree: matched pairs, what only one side has. */
export type Matching<G, P> = { pairs: Array<[G, P]>; missed: G[]; extra: P[] };

/**
 * Pairs each expected item with one predicted item, trying the predicates in order (exact
 * first, then looser), so a loose rule never takes an item an exact one needed. Order of the
 * lists does not matter; each item is used once.
 */
export function matchItems<G, P>(expected: readonly G[], predicted: readonly P[], rules: ReadonlyArray<(g: G, p: P) => boolean>): Matching<G, P> {
  const used = new Array<boolean>(predicted.length).fill(false);
  const partner = new Array<number>(expected.length).fill(-1);
  for (const same of rules) {
    expected.forEach((g, i) => {
      if (partner[i]! >= 0) return;
      const j = predicted.findIndex((p, k) => !used[k] && same(g, p));
      if (j >= 0) {
        used[j] = true;
        partner[i] = j;
      }
    });
  }
  return {
    pairs: expected.flatMap((g, i) => (partner[i]! >= 0 ? [[g, predicted[partner[i]!]!] as [G, P]] : [])),
    missed: expected.filter((_, i) => partner[i]! < 0),
    extra: predicted.filter((_, j) => !used[j]),
  };
}
