/** A possible pair (a in the first sequence, b in the second) and what pairing them is worth. */
export type Candidate = { a: number; b: number; weight: number };

/**
 * The heaviest set of candidates that keeps both orders (a₁ < a₂ ⇔ b₁ < b₂), each index used
 * once: the weighted longest common subsequence, computed over the candidates alone with a
 * Fenwick tree of best chains by b, in O(P log P) for P candidates instead of a full n × m table.
 * Ties go to the earlier pair, so the result does not depend on the candidates' order.
 */
export function heaviestChain(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length === 0) return [];
  const bs = [...new Set(candidates.map((c) => c.b))].sort((x, y) => x - y);
  const rank = new Map(bs.map((b, i) => [b, i + 1]));
  const size = bs.length;
  const treeBest = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const sorted = [...candidates].sort((x, y) => x.a - y.a || x.b - y.b);
  const best = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);

  const query = (r: number): [number, number] => {
    let value = 0;
    let at = -1;
    for (let i = r; i > 0; i -= i & -i) {
      if (treeBest[i]! > value) {
        value = treeBest[i]!;
        at = treeAt[i]!;
      }
    }
    return [value, at];
  };
  const update = (r: number, value: number, at: number) => {
    for (let i = r; i <= size; i += i & -i) {
      if (value > treeBest[i]!) {
        treeBest[i] = value;
        treeAt[i] = at;
      }
    }
  };

  // Candidates sharing an `a` are scored before any of them enters the tree: strictly increasing in a.
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.a === sorted[start]!.a) end++;
    for (let k = start; k < end; k++) {
      const [value, at] = query(rank.get(sorted[k]!.b)! - 1);
      best[k] = value + sorted[k]!.weight;
      previous[k] = at;
    }
    for (let k = start; k < end; k++) update(rank.get(sorted[k]!.b)!, best[k]!, k);
    start = end;
  }

  let top = -1;
  for (let k = 0; k < sorted.length; k++) if (top < 0 || best[k]! > best[top]!) top = k;
  const chain: Candidate[] = [];
  for (let k = top; k >= 0; k = previous[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}
