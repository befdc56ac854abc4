import type { Grammars } from '../grammar/compile.js';
import { isBlank, type Line } from './lines.js';
import { findMarker, isTableHeader, type Marker } from './find-marker.js';
import type { MarkdownHints } from '../input/markdown.js';

/** A place where a section may start; the tree builder decides. Offsets are absolute. */
export type Candidate = {
  marker: Marker;
  /** Start and end of the text the marker was found in (a line, or the rest of a long line). */
  from: number;
  to: number;
  /** Found inside a long line after a sentence end: accepted only if it continues a numbering. */
  inline: boolean;
};

/**
 * A flattened document (all on one line, or a few huge lines) has its headings after a 。
 * inside the line. Lines this long, or any long line of a document of a few lines, are read so.
 */
const FLAT_LINE = 2000;
const FEW_LINES = 5;
const LONG_LINE_OF_FEW = 300;
const INLINE_FAMILIES = new Set(['chapter', 'han-comma', 'han-paren', 'arabic']);
const SENTENCE_END = /[。;!?\s]/;

export function findCandidates(
  lines: readonly Line[],
  text: string,
  grammars: Grammars,
  range: { fromLine: number; start: number; end: number },
  markdown?: MarkdownHints,
): Candidate[] {
  const found: Candidate[] = [];
  let inTable = false;
  const contentLines = lines.slice(range.fromLine).filter((l) => !isBlank(l) && l.contentStart < range.end).length;
  const flatAt = contentLines < FEW_LINES ? LONG_LINE_OF_FEW : FLAT_LINE;
  for (let i = range.fromLine; i < lines.length; i++) {
    const line = lines[i]!;
    const from = Math.max(line.contentStart, range.start);
    const to = Math.min(line.contentEnd, range.end);
    if (from >= range.end) break;
    if (isBlank(line) || from >= to || markdown?.isLiteral(from)) continue;
    const s = text.slice(from, to);
    if (isTableHeader(s, grammars)) inTable = true;
    const marker = findMarker(s, grammars, inTable, Boolean(markdown)) ?? markdownMarker(markdown, line.start, s);
    if (marker) found.push({ marker, from, to, inline: false });
    if (to - from > flatAt) found.push(...inlineCandidates(text, from, to, grammars, tableRowsFrom(text, from, to, grammars)));
  }
  return found;
}

/**
 * Markers after a sentence end inside a flattened line; past the column names of a flattened
 * task table (`rowsFrom`), also markers glued to the cell before them (…责任清单3.政府…),
 * but never the tail of a number (21.5, 2.1.) — the tree keeps them only if they continue a numbering.
 */
function inlineCandidates(text: string, from: number, to: number, grammars: Grammars, rowsFrom = to): Candidate[] {
  const out: Candidate[] = [];
  for (let p = from + 1; p < to; p++) {
    if (SENTENCE_END.test(text[p]!)) continue;
    if (!SENTENCE_END.test(text[p - 1]!) && (p < rowsFrom || /[0-9.]/.test(text[p - 1]!))) continue;
    const marker = findMarker(text.slice(p, Math.min(to, p + 40)), grammars, false, false);
    if (marker && INLINE_FAMILIES.has(marker.family)) out.push({ marker, from: p, to, inline: true });
  }
  return out;
}

/** Where the rows of a task table flattened into this line begin: after its column names, if it has them. */
function tableRowsFrom(text: string, from: number, to: number, grammars: Grammars): number {
  const rule = grammars.rule('outline/table-columns');
  rule.regex.lastIndex = 0;
  const m = rule.regex.exec(text.slice(from, to));
  return m ? from + m.index + m[0].length : to;
}

/** A Markdown heading or list item without a printed number is still a section. */
function markdownMarker(markdown: MarkdownHints | undefined, lineStart: number, s: string): Marker | undefined {
  const hint = markdown?.get(lineStart);
  if (!hint) return undefined;
  const prefix = /^(?:#{1,6}|[-*+]|\d{1,3}[.)])[ \t]*/.exec(s);
  if (!prefix) return undefined;
  const printed = prefix[0].trimEnd();
  return { rule: `outline/markdown-${hint.type}`, family: hint.family, text: printed, ordinal: 0, start: 0, end: printed.length, titleStart: prefix[0].length };
}
