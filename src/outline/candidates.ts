import type { Grammars } from '../grammar/compile.js';
import { isBlank } from './lines.js';
import type { Segment } from './segment-lines.js';
import { findMarker, isTableHeader, type Marker } from './find-marker.js';
import type { MarkdownHints } from '../input/markdown.js';

/** A place where a section may start; the tree builder decides. Offsets are absolute. */
export type Candidate = {
  marker: Marker;
  /** Start and end of the text the marker was found in (a line, or the rest of a long line). */
  from: number;
  to: number;
  /** Found inside a long line (a soft segment): accepted only if it continues a numbering. */
  inline: boolean;
  /** Run into the word before it (…单位一、…): a 1 must be confirmed by a 2 after it. */
  glued?: boolean;
};

export function findCandidates(
  lines: readonly Segment[],
  text: string,
  grammars: Grammars,
  range: { fromLine: number; start: number; end: number },
  markdown?: MarkdownHints,
): Candidate[] {
  const found: Candidate[] = [];
  let inTable = false;
  for (let i = range.fromLine; i < lines.length; i++) {
    const line = lines[i]!;
    const from = Math.max(line.contentStart, range.start);
    const to = Math.min(line.contentEnd, range.end);
    if (from >= range.end) break;
    if (isBlank(line) || from >= to || markdown?.isLiteral(from)) continue;
    const s = text.slice(from, to);
    if (isTableHeader(s, grammars)) inTable = true;
    const marker = findMarker(s, grammars, inTable, Boolean(markdown)) ?? markdownMarker(markdown, line.start, s);
    if (marker) found.push({ marker, from, to, inline: line.soft, ...(line.glued ? { glued: true } : {}) });
  }
  return found;
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
