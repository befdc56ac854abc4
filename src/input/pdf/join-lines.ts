import type { Grammars } from '../../grammar/compile.js';
import { findMarker } from '../../outline/find-marker.js';
import { normalize } from '../../pipeline/normalize.js';
import type { Line } from './page-lines.js';

type Placed = Line & { pageLeft: number; pageRight: number; page: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The body lines of all pages as the plan's text: one paragraph per line, as in a plain-text
 * plan, and where each page's text starts in it. A printed line continues on the next (across a page break too) when it fills the width
 * of the text block and the next line does not start a paragraph. A paragraph starts with a
 * heading marker (一、 （一） 1. ①, the outline grammar's), with a first-line indent, after a
 * wider gap than between lines, or after a line that ends a sentence — unless the document
 * marks its paragraphs by indents or gaps, where a line after 。 without either is the same one.
 */
export function joinLines(pages: readonly Line[][], grammars: Grammars): { text: string; pageStarts: number[] } {
  const lines = placeLines(pages);
  const sentenceEnd = endsSentence(grammars);
  const pitch = median(lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page && l.y > lines[i]!.y ? [l.y - lines[i]!.y] : [])));
  const indented = (l: Placed) => l.left > l.pageLeft + 0.9 * l.size;
  const centred = (l: Placed) => Math.abs(l.left + l.right - l.pageLeft - l.pageRight) < 2 * l.size;
  // A long title wraps onto a second centred line: that indent does not start a paragraph.
  const wrappedTitle = (prev: Placed, next: Placed) => centred(prev) && centred(next) && Math.abs(prev.size - next.size) < 0.5;
  const spaced = (prev: Placed, next: Placed) => next.page === prev.page && pitch > 0 && next.y - prev.y > pitch + 0.3 * next.size;
  const startsParagraph = (prev: Placed, next: Placed, marked: boolean) =>
    (indented(next) && !wrappedTitle(prev, next)) ||
    findMarker(normalize(next.text).text, grammars, false, false) !== undefined ||
    spaced(prev, next) ||
    (sentenceEnd(prev.text) && !marked);
  const full = (l: Placed) => l.right >= l.pageRight - 2 * l.size;
  // After the lines that clearly end a paragraph (a sentence end short of the margin, on the same page), is there an indent or a gap?
  const after = lines.slice(0, -1).flatMap((l, i) => {
    const next = lines[i + 1]!;
    return sentenceEnd(l.text) && !full(l) && next.page === l.page ? [indented(next) || spaced(l, next)] : [];
  });
  const marked = after.length >= 3 && after.filter(Boolean).length >= 0.7 * after.length;

  let text = '';
  const pageStarts = pages.map(() => -1);
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev) text += full(prev) && !startsParagraph(prev, line, marked) ? wordSpace(prev.text, line.text) : '\n';
    if (pageStarts[line.page] === -1) pageStarts[line.page] = text.length;
    text += line.text;
  });
  if (text !== '') text += '\n';
  // A page without body text starts where the next one does.
  for (let p = pages.length - 1; p >= 0; p--) if (pageStarts[p] === -1) pageStarts[p] = pageStarts[p + 1] ?? text.length;
  return { text, pageStarts };
}

/**
 * Lines with the edges of their page's text block. A page with no full line (the last page of
 * a plan, say) takes the width the other pages have, measured from its own left edge, which
 * mirrored margins move from page to page.
 */
function placeLines(pages: readonly Line[][]): Placed[] {
  const edges = pages.map((lines) => ({ left: Math.min(...lines.map((l) => l.left)), right: Math.max(...lines.map((l) => l.right)) }));
  const width = median(edges.filter((e) => e.right > e.left).map((e) => e.right - e.left));
  return pages.flatMap((lines, page) => {
    const { left, right } = edges[page]!;
    const pageRight = right - left < 0.9 * width ? left + width : right;
    return lines.map((line) => ({ ...line, pageLeft: left, pageRight, page }));
  });
}

/** Whether a line ends a sentence or clause: 。！？；： before any closing quotes and brackets. */
function endsSentence(grammars: Grammars): (text: string) => boolean {
  const ends = new Set(grammars.lexicon('sentenceEnd'));
  const closers = new Set(grammars.lexicon('closers'));
  return (text) => {
    const chars = [...normalize(text.trimEnd()).text];
    while (chars.length > 0 && closers.has(chars.at(-1)!)) chars.pop();
    return chars.length > 0 && ends.has(chars.at(-1)!);
  };
}

/** A line broken inside a run of Latin words is joined with a space; Chinese has none. */
function wordSpace(prev: string, next: string): string {
  return /[A-Za-z][,.;:]?$/.test(prev) && /^[A-Za-z]/.test(next) ? ' ' : '';
}
