import type { Removed } from './offset-map.js';

/** Lines shorter than this say nothing about a page's width. */
const MIN_MEASURED = 12;
/** A line this close to the widest ones is full: the page width, not the writer, ended it. */
const FULL = 0.85;
/** Page marks are short lines; longer ones are not tested. */
const MAX_PAGE_MARK = 16;
const HARD_END = /[。!?;:！？；：…]["”’)）]*$/u;
const MARKER_START = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[\u2460-\u2473]|第[一二三四五六七八九十]+[章节部分条])/u;
/** A number at a line's end whose unit or digits went to the next line: 65.3 / %. */
const NUMBER_END = /[0-9.]$/;
const UNIT_START = /^[%‰万亿千百元个人项次家所名户亩米吨日月年号]/u;

/** A line by its offsets: `from`/`to` bound its text without the white space around it. */
type Line = { start: number; from: number; to: number };

/**
 * Line breaks that only a page's width made, in a document converted from PDF or a fixed-width
 * page (立足基\n层, 验收工作,完\n成本镇): a line about as long as the widest, ending inside a
 * sentence, followed by a line that opens no heading. Such a document has many lines of nearly
 * the same length; a document written in paragraphs has not, and is left alone. A number cut
 * from its unit (65.3\n%) is joined in any document. Page numbers printed between the pages
 * (— 3 —, 第3页 共12页) go with their line break. What is removed is left out of the printed
 * text only (the source keeps it).
 */
export function softBreaks(source: string, isPageMark: (line: string) => boolean): Removed[] {
  const all = linesOf(source);
  const out: Removed[] = [];
  const headers = runningHeaders(source, all);
  const lines = all.filter((l, i) => {
    const mark = headers.has(i) || (l.to > l.from && l.to - l.from <= MAX_PAGE_MARK && isPageMark(source.slice(l.from, l.to)));
    if (mark) out.push({ start: l.start, end: all[i + 1]?.start ?? l.to, kind: 'page' });
    return !mark;
  });
  const width = pageWidth(lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.to === line.from || next.to === next.from) continue;
    // Only the line's end and the next line's start are read: no line is copied.
    const tail = source.slice(Math.max(line.from, line.to - 4), line.to);
    const head = source.slice(next.from, Math.min(next.to, next.from + 8));
    if (MARKER_START.test(head)) continue;
    const wrapped = width !== undefined && line.to - line.from >= width * FULL && !HARD_END.test(tail);
    const cutNumber = NUMBER_END.test(tail) && UNIT_START.test(head);
    if (!wrapped && !cutNumber) continue;
    // From the end of the line's text to the start of the next line's text.
    const from = line.to;
    const to = next.from;
    // A page mark between the two lines was removed already: the join stops where it begins.
    const mark = out.find((r) => r.kind === 'page' && r.start >= from && r.start < to);
    if (mark) {
      if (mark.start > from) out.push({ start: from, end: mark.start, kind: 'wrap' });
      if (to > mark.end) out.push({ start: mark.end, end: to, kind: 'wrap' });
    } else out.push({ start: from, end: to, kind: 'wrap' });
  }
  return out;
}

const HEADER_PUNCT = /[。,;:!?，；：！？、“”《》()（）]/u;

/**
 * A running header or footer that a converted document repeats on every page (the plan's title,
 * an issuer): a short line without punctuation printed three times or more, word for word. The
 * first stays (it may be the title itself); the repeats are page furniture.
 */
function runningHeaders(source: string, lines: readonly Line[]): Set<number> {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const n = l.to - l.from;
    if (n < 6 || n > 40) return;
    const text = source.slice(l.from, l.to);
    if (HEADER_PUNCT.test(text) || MARKER_START.test(text)) return;
    seen.set(text, [...(seen.get(text) ?? []), i]);
  });
  const out = new Set<number>();
  for (const at of seen.values()) if (at.length >= 3) for (const i of at.slice(1)) out.add(i);
  return out;
}

function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let from = start;
    while (from < i && isSpace(source.charCodeAt(from))) from++;
    let to = i;
    while (to > from && isSpace(source.charCodeAt(to - 1))) to--;
    lines.push({ start, from, to });
    if (code === 13 && source.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/**
 * The width of a hard-wrapped page, or undefined when the text is not hard-wrapped: at least
 * six lines within 15% of the widest line, making up at least half the lines of some length.
 */
function pageWidth(lines: readonly Line[]): number | undefined {
  const lengths = lines.map((l) => l.to - l.from).filter((n) => n >= MIN_MEASURED).sort((a, b) => a - b);
  if (lengths.length < 6) return undefined;
  // The widest lines, less a few outliers (a title, a table row).
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 20 || width > 120) return undefined;
  const full = lengths.filter((n) => n >= width * FULL && n <= width * 1.1).length;
  return full >= 6 && full >= lengths.length * 0.5 ? width : undefined;
}
