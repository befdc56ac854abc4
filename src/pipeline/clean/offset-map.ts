/** A stretch of the source left out of the printed text, with why. */
export type Removed = { start: number; end: number; kind: string };

/**
 * Offsets of the printed text (the source less what was removed) back to the source. Removed
 * stretches are sorted and do not overlap. `start(o)` is where printed character o stands in
 * the source; `end(o)` is just after printed character o - 1, so a stretch removed right after
 * an entity is not part of its span. `boundary(o)` places a block boundary: what was removed
 * before a character stays with the block before it, and 0 and the end stay where they are.
 */
export type OffsetMap = {
  start(o: number): number;
  end(o: number): number;
  boundary(o: number): number;
  /** A source offset in printed coordinates (a removed stretch maps to where it was). */
  toPrinted(s: number): number;
};

export function offsetMap(removed: readonly Removed[], printedLength: number, sourceLength: number): OffsetMap {
  if (removed.length === 0) return { start: (o) => o, end: (o) => o, boundary: (o) => o, toPrinted: (s) => s };
  // Where each removed stretch sits in printed coordinates, and how much was removed up to it.
  const at: number[] = [];
  const shift: number[] = [];
  let total = 0;
  for (const r of removed) {
    at.push(r.start - total);
    total += r.end - r.start;
    shift.push(total);
  }
  const shiftAt = (o: number) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= o) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : shift[lo - 1]!;
  };
  const start = (o: number) => o + shiftAt(o);
  return {
    start,
    end: (o) => (o === 0 ? 0 : start(o - 1) + 1),
    boundary: (o) => (o <= 0 ? 0 : o >= printedLength ? sourceLength : start(o)),
    toPrinted: (s) => {
      let before = 0;
      for (const r of removed) {
        if (r.start >= s) break;
        before += Math.min(s, r.end) - r.start;
      }
      return s - before;
    },
  };
}
