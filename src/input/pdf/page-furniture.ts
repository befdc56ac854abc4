import type { Grammars } from '../../grammar/compile.js';
import { normalize } from '../../pipeline/normalize.js';
import type { Line } from './page-lines.js';

/** How many lines at the top and at the bottom of a page may be furniture: a two-line header and a rule, say. */
const EDGE = 3;

/**
 * Each page without its running headers, footers and page numbers. Only lines at the top or
 * the bottom of a page are looked at, from the edge inwards, stopping at the first line of the
 * body: a page number as the grammar prints them (grammars/page.json: — 3 —, -3-, 第3页 共12页,
 * a lone 3), or a line repeated at the same place on most pages (numbers in it may change: 第3页).
 * Furniture is not part of the plan's text, as the page headers of a .docx are not.
 */
export function removeFurniture(pages: readonly Line[][], grammars: Grammars): Line[][] {
  const numberRules = grammars.rulesOf('page').map((r) => new RegExp(r.regex.source, r.regex.flags.replace('g', '')));
  const isPageNumber = (line: Line) => numberRules.some((r) => r.test(normalize(line.text.trim()).text));
  const enough = Math.max(2, Math.ceil(pages.length * 0.4));
  const top = runningKeys(pages.map((lines) => lines.slice(0, EDGE)), enough);
  const bottom = runningKeys(pages.map((lines) => lines.slice(-EDGE)), enough);
  return pages.map((lines) => {
    let start = 0;
    let end = lines.length;
    while (start < Math.min(EDGE, end) && (isPageNumber(lines[start]!) || top.has(keyOf(lines[start]!)))) start++;
    while (end > Math.max(start, lines.length - EDGE) && (isPageNumber(lines[end - 1]!) || bottom.has(keyOf(lines[end - 1]!)))) end--;
    return lines.slice(start, end);
  });
}

/**
 * The same line at the same height on every page, whatever page number it prints and however
 * it is spaced: templates put headers and footers at a fixed place, body lines move.
 */
function keyOf(line: Line): string {
  return `${Math.round(line.y)} ${normalize(line.text).text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
}

/** Keys of the lines that stand at this edge on at least `enough` pages. */
function runningKeys(edges: readonly Line[][], enough: number): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const lines of edges) {
    for (const key of new Set(lines.map(keyOf))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return new Set([...pagesWith].filter(([, n]) => n >= enough).map(([key]) => key));
}
