import type { Removed } from './offset-map.js';

/** Lines shorter than this say nothing about a page's width. */
const MIN_MEASURED = 12;
/** A line this close to the widest ones is full: the page width, not the writer, ended it. */
const FULL = 0.85;
const HARD_END = /[。!?;:！？；：…]["”’)）]*$/u;
const MARKER_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[\u2460-\u2473]|第[一二三四五六七八九十]+[章节部分条])/u;
const SPACE = /[ \t\u3000\u00a0]/;
/** A number at a line's end whose unit or digits went to the next line: 65.3 / %. */
const NUMBER_END = /[0-9.]$/;
const UNIT_START = /^[%‰万亿千百元个人项次家所名户亩米吨日月年号]/u;

type Line = { start: number; end: number; text: string };

/**
 * Line breaks that only a page's width made, in a document converted from PDF or a fixed-width
 * page (立足基\n层, 验收工作,完\n成本镇): a line about as long as the widest, ending inside a
 * sentence, followed by a line that opens no heading. Such a document has many lines of nearly
 * the same length; a document written in paragraphs has not, and is left alone. A number cut
 * from its unit (65.3\n%) is joined in any document. The break and the indentation around it
 * are removed from the printed text (the source keeps them).
 */
export function softBreaks(source: string, isPageMark: (line: string) => boolean): Removed[] {
  const all = linesOf(source);
  const out: Removed[] = [];
  // Page numbers printed between the pages of a converted document (— 3 —, 第3页 共12页) go,
  // with their line break, and the lines around them are read as if they met.
  const lines = all.filter((l, i) => {
    const mark = l.text.trim() !== '' && isPageMark(l.text.trim());
    if (mark) out.push({ start: l.start, end: all[i + 1]?.start ?? l.end, kind: 'page' });
    return !mark;
  });
  const width = pageWidth(lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const text = line.text.trimEnd();
    const nextText = next.text.trimStart();
    if (text === '' || nextText === '' || MARKER_START.test(nextText)) continue;
    const wrapped = width !== undefined && text.trimStart().length >= width * FULL && !HARD_END.test(text);
    const cutNumber = NUMBER_END.test(text) && UNIT_START.test(nextText);
    if (!wrapped && !cutNumber) continue;
    // From the end of the line's text to the start of the next line's text.
    let from = line.start + text.length;
    while (from > line.start && SPACE.test(source[from - 1]!)) from--;
    const to = next.start + (next.text.length - nextText.length);
    // A page mark between the two lines was removed already: the join stops where it begins.
    const mark = out.find((r) => r.kind === 'page' && r.start >= from && r.start < to);
    if (mark) {
      if (mark.start > from) out.push({ start: from, end: mark.start, kind: 'wrap' });
      if (to > mark.end) out.push({ start: mark.end, end: to, kind: 'wrap' });
    } else out.push({ start: from, end: to, kind: 'wrap' });
  }
  return out;
}

function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, end: m.index, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: source.length, text: source.slice(start) });
  return lines;
}

/**
 * The width of a hard-wrapped page, or undefined when the text is not hard-wrapped: at least
 * six lines within 15% of the widest line, making up at least half the lines of some length.
 */
function pageWidth(lines: readonly Line[]): number | undefined {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n >= MIN_MEASURED).sort((a, b) => a - b);
  if (lengths.length < 6) return undefined;
  // The widest lines, less a few outliers (a title, a table row).
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 20 || width > 120) return undefined;
  const full = lengths.filter((n) => n >= width * FULL && n <= width * 1.1).length;
  return full >= 6 && full >= lengths.length * 0.5 ? width : undefined;
}
