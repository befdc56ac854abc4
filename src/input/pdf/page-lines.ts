/** One printed line of a page: its text and where it stands (points, y growing down the page). */
export type Line = { text: string; left: number; right: number; y: number; size: number };

/** What this module needs of a PDF.js text item (TextItem). */
export type TextItem = { str: string; transform: number[]; width: number };

type Placed = { str: string; x: number; y: number; width: number; size: number };

/**
 * Han, CJK and full-width punctuation, and the quotes, dashes and ellipsis that Chinese text
 * prints full width. Between such characters no space is ever part of the text.
 */
const CJK = /[\u2010-\u2027\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);

/**
 * A page's text items put back into lines: items on the same baseline (within half the larger
 * size, so a raised footnote mark stays on its line) make one line, read left to right; lines
 * run top to bottom. Positions are taken through the
 * page's viewport, so rotated pages and crop boxes read the right way up. Text that does not run
 * left to right across the page (a rotated stamp, a vertical margin note) is not part of the flow.
 */
export function pageLines(items: readonly TextItem[], viewport: readonly number[]): Line[] {
  const placed = items.flatMap((item) => (item.str.trim() === '' ? [] : placeOf(item, viewport)));
  placed.sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Placed[][] = [];
  for (const item of placed) {
    const row = rows.at(-1);
    if (row && Math.abs(item.y - row[0]!.y) <= 0.5 * Math.max(item.size, row[0]!.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => lineOf(row.sort((a, b) => a.x - b.x)));
}

function placeOf(item: TextItem, [a, b, c, d, e, f]: readonly number[]): Placed[] {
  const [ta, tb, tc, td, tx, ty] = item.transform as [number, number, number, number, number, number];
  const m0 = a! * ta + c! * tb;
  const m1 = b! * ta + d! * tb;
  if (m0 <= 0 || Math.abs(m1) > 0.01 * m0) return []; // not left to right
  const size = Math.hypot(a! * tc + c! * td, b! * tc + d! * td);
  return [{ str: item.str, x: a! * tx + c! * ty + e!, y: b! * tx + d! * ty + f!, width: item.width, size }];
}

/**
 * Items joined with a space only where the gap between them is wide: a word space between
 * Latin letters or digits, a full character cell next to Chinese. PDF.js reports narrower gaps
 * as spaces too, but in Chinese text they are justification or the spacing printed between
 * Chinese and digits (2022 年), which the plan's text does not contain.
 */
function lineOf(row: readonly Placed[]): Line {
  let text = '';
  let end = -Infinity;
  let size = 0;
  for (const item of row) {
    const str = inner(item.str);
    if (text !== '') {
      const next = str[0];
      const prev = text.at(-1);
      const wide = (isCjk(prev) || isCjk(next) ? 1 : 0.15) * item.size;
      if (item.x - end >= wide) text += ' ';
    }
    text += str;
    end = Math.max(end, item.x + item.width);
    size = Math.max(size, item.size);
  }
  return { text, left: row[0]!.x, right: end, y: row[0]!.y, size };
}

/** Spaces inside an item: kept between Latin words, dropped next to Chinese; ends trimmed. */
function inner(str: string): string {
  return str.trim().replace(/\s+/g, (space, at: number, s: string) => (isCjk(s[at - 1]) || isCjk(s[at + space.length]) ? '' : ' '));
}
