/** Leftmost-longest selection among overlapping matches; ties go to the earlier rule. */
export function pickLongest<T extends { start: number; end: number; order: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const picked: T[] = [];
  let reached = -1;
  for (const m of sorted) {
    if (m.start < reached) continue;
    picked.push(m);
    reached = m.end;
  }
  return picked;
}
