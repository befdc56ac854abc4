import type { Grammars } from '../grammar/compile.js';
import type { Report } from '../pipeline/report.js';
import type { RawSection } from './types.js';
import type { Candidate } from './candidates.js';
import { titleOf } from './title-of.js';

/** GB/T 9704 order of the families, to notice a document that nests them backwards. */
const GB_RANK: Record<string, number> = { chapter: 0, 'han-comma': 1, 'han-paren': 2, arabic: 3, 'arabic-paren': 4, circled: 5 };

/** A title is cut within this many characters of its marker, however long the line. */
const MAX_TITLE_SCAN = 400;

type Open = { family: string; section: RawSection };

/**
 * Nests candidates into sections. A family's level is where it first appears: a marker of
 * a family already open closes everything below it and becomes its sibling; a new family
 * opens one level deeper. Numbering may restart under each parent or run on across them
 * (瓮安 1–43); anything else is kept and reported as a gap or repeat.
 */
export function buildTree(candidates: readonly Candidate[], text: string, end: number, grammars: Grammars, report: Report): RawSection[] {
  const roots: RawSection[] = [];
  const stack: Open[] = [];
  const lastOrdinal = new Map<string, number>();
  const ids = new Set<string>();
  const all: RawSection[] = [];

  for (const c of candidates) {
    const at = stack.findIndex((o) => o.family === c.marker.family);
    const previous = at >= 0 ? stack[at]!.section.ordinal : lastOrdinal.get(c.marker.family);
    let ordinal = c.marker.ordinal;
    if (ordinal === 0) ordinal = at >= 0 ? previous! + 1 : 1; // unnumbered Markdown heading or item
    const follows = at >= 0 ? ordinal === previous! + 1 : ordinal === 1 || ordinal === (previous ?? 0) + 1;
    if (c.inline && !follows) continue;
    if (at >= 0) stack.length = at;

    const start = c.from + c.marker.start;
    const markerEnd = c.from + c.marker.end;
    if (!follows) numberingWarning(report, ordinal, previous, at >= 0, start, markerEnd);
    const parent = stack[stack.length - 1]?.section;
    if (parent && (GB_RANK[familyOf(stack)] ?? -1) > (GB_RANK[c.marker.family] ?? 99)) {
      report.warn(`Unexpected ${c.marker.family} heading under a ${familyOf(stack)} heading, expected GB/T 9704 order`, 'outline/level-order', start, markerEnd);
    }
    const line = text.slice(c.from, Math.min(c.to, c.from + MAX_TITLE_SCAN));
    const cut = titleOf(line, c.marker.titleStart, grammars);
    if (cut.guessed !== undefined) {
      report.warn(
        cut.guessed ? `Title runs into its body without punctuation; cut before ${cut.guessed} (a guess)` : 'Title runs into its body without punctuation',
        'outline/title-unpunctuated', c.from + c.marker.titleStart, c.from + cut.titleEnd,
      );
    }
    const section: RawSection = {
      id: uniqueId(parent ? `${parent.id}.${ordinal}` : String(ordinal), ids),
      level: stack.length + 1,
      marker: text.slice(start, markerEnd),
      ordinal,
      start,
      titleStart: c.from + c.marker.titleStart,
      titleEnd: c.from + cut.titleEnd,
      bodyStart: c.from + cut.bodyStart,
      end,
      points: [],
      children: [],
    };
    (parent ? parent.children : roots).push(section);
    all.push(section);
    stack.push({ family: c.marker.family, section });
    lastOrdinal.set(c.marker.family, ordinal);
  }
  for (let i = 0; i + 1 < all.length; i++) all[i]!.end = all[i + 1]!.start;
  return roots;
}

function familyOf(stack: readonly Open[]): string {
  return stack[stack.length - 1]!.family;
}

function numberingWarning(report: Report, ordinal: number, previous: number | undefined, sibling: boolean, start: number, end: number): void {
  const expected = sibling || previous !== undefined ? (previous ?? 0) + 1 : 1;
  if (sibling && ordinal === previous) report.warn(`Unexpected repeat of number ${ordinal}, expected ${expected}`, 'outline/numbering-repeat', start, end);
  else report.warn(`Unexpected number ${ordinal}, expected ${expected}`, 'outline/numbering-gap', start, end);
}

/** Printed ordinals can repeat (a numbering slip); ids stay unique with a #2 suffix. */
function uniqueId(id: string, ids: Set<string>): string {
  let unique = id;
  for (let n = 2; ids.has(unique); n++) unique = `${id}#${n}`;
  ids.add(unique);
  return unique;
}
