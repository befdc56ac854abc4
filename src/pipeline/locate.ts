import type { Point, Span } from '../schema/index.js';
import { lastAtOrBefore } from '../util/sorted-search.js';

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
    const line = lastAtOrBefore(lineStarts, offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1, offset };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(end) }) };
}
