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
  let score = states.map((s) => move('start', s) + emit(0, s));
  const back: number[][] = [];
  for (let i = 1; i < length; i++) {
    const next: number[] = [];
    const from: number[] = [];
    states.forEach((to, t) => {
      let best = -Infinity;
      let arg = 0;
      states.forEach((fromState, f) => {
        const v = score[f]! + move(fromState, to);
        if (v > best) {
          best = v;
          arg = f;
        }
      });
      next.push(best + emit(i, to));
      from.push(arg);
    });
    back.push(from);
    score = next;
  }
  let last = 0;
  score.forEach((v, s) => {
    if (v > score[last]!) last = s;
  });
  const path = [last];
  for (let i = length - 2; i >= 0; i--) path.unshift(back[i]![path[0]!]!);
  return path.map((s) => states[s]!);
}
