import type { Point, Span } from '../schema/index.js';

/**
 * The one conversion from offsets to unist points. Normalisation keeps every
 * character's offset (see normalize.ts), so offsets into the normalised text are
 * offsets into the original; this turns them into line/column once, by binary search.
 */
export type Locator = {
  point(offset: number): Point;
  span(start: number, end: number): Span;
};

export function createLocator(text: string): Locator {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) lineStarts.push(i + 1);
    else if (code === 13) {
      // CRLF counts as one line break; a lone CR too.
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  const point = (offset: number): Point => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(end) }) };
}
