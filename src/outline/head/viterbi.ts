/**
 * The most likely sequence of states for a sequence of observations: `emit(i, s)` scores
 * observation i in state s, `move(a, b)` the step from a to b (both as log-likelihoods;
 * -Infinity forbids). The path starts in `start`'s successors. Ties keep the earlier state.
 */
export function viterbi<S extends string>(
  length: number,
  states: readonly S[],
  emit: (i: number, s: S) => number,
  move: (from: S | 'start', to: S) => number,
): S[] {
  if (length === 0) return [];
  const n = states.length;
  // Every step's cost asked once: the inner loop runs length × n² times.
  const moves = new Float64Array(n * n);
  for (let f = 0; f < n; f++) for (let t = 0; t < n; t++) moves[f * n + t] = move(states[f]!, states[t]!);
  let score = new Float64Array(n);
  for (let s = 0; s < n; s++) score[s] = move('start', states[s]!) + emit(0, states[s]!);
  const back: Int32Array[] = [];
  for (let i = 1; i < length; i++) {
    const next = new Float64Array(n);
    const from = new Int32Array(n);
    for (let t = 0; t < n; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let f = 0; f < n; f++) {
        const v = score[f]! + moves[f * n + t]!;
        if (v > best) {
          best = v;
          arg = f;
        }
      }
      next[t] = best + emit(i, states[t]!);
      from[t] = arg;
    }
    back.push(from);
    score = next;
  }
  let last = 0;
  for (let s = 1; s < n; s++) if (score[s]! > score[last]!) last = s;
  const path = new Array<number>(length);
  path[length - 1] = last;
  for (let i = length - 2; i >= 0; i--) path[i] = back[i]![path[i + 1]!]!;
  return path.map((s) => states[s]!);
}
