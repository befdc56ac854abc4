/**
 * Binary search over anything sorted: the first index in [0, length) at which `reached(i)`
 * holds, or `length` when it never does. `reached` must be false and then true along the range
 * (offsets of words, line starts, clause bounds).
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last of the ascending `values` at or before `value`; 0 when none is (callers' first value is their origin). */
export function lastAtOrBefore(values: readonly number[], value: number): number {
  return Math.max(0, firstIndex(values.length, (i) => values[i]! > value) - 1);
}
