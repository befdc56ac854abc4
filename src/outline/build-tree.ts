import type { Grammars } from '../grammar/compile.js';
import type { Report } from '../pipeline/report.js';
import type { RawSection } from './types.js';
import type { Candidate } from './candidates.js';
import { titleOf } from './title-of.js';

/** GB/T 9704 order of the families, to notice a document that nests them backwards. */
const GB_RANK: Record<string, number> = { chapter: 0, 'han-comma': 1, 'han-paren': 2, arabic: 3, 'arabic-paren': 4, circled: 5 };
/** A title is cut within this many characters of its marker, however long the line. */
const MAX_TITLE_SCAN = 400;

type Placed = { c: Candidate; ordinal: number; level: number; parent: RawSection | undefined; section?: RawSection };
type Texts = { text: string; original: string };

/**
 * Nests candidates into sections. A family's level is where it first appears: a marker of
 * a family already open closes everything below it and becomes its sibling; a new family
 * opens one level deeper. Numbering may restart under each parent or run on across them
 * (瓮安 1–43); anything else is kept and reported as a gap or repeat. A marker found inside
 * a flattened line is kept only when it continues a numbering.
 */
export function buildTree(candidates: readonly Candidate[], { text, original }: Texts, end: number, grammars: Grammars, report: Report): RawSection[] {
  const roots: RawSection[] = [];
  const stack: Array<{ family: string; section: RawSection }> = [];
  const lastOrdinal = new Map<string, number>();
  const ids = new Map<string, number>();
  const placed: Placed[] = [];

  candidates.forEach((c, index) => {
    const family = c.marker.family;
    const at = stack.findIndex((o) => o.family === family);
    const previous = at >= 0 ? stack[at]!.section.ordinal : lastOrdinal.get(family);
    const ordinal = c.marker.ordinal === 0 ? (at >= 0 ? previous! + 1 : 1) : c.marker.ordinal; // unnumbered Markdown
    const follows = at >= 0 ? ordinal === previous! + 1 : ordinal === 1 || ordinal === (previous ?? 0) + 1;
    if (c.inline && !follows && !confirmedByNext(candidates, index, ordinal)) return;
    // 统一、 唯一、: a glued 一、 is a marker only if a 二、 follows it.
    if (c.glued && family === 'han-comma' && ordinal === 1 && nextOf(candidates, index)?.marker.ordinal !== 2) return;
    if (at >= 0) stack.length = at;
    // A page that opens in the middle of a plan starts at a stray deep item (（4）, 3、) whose parent
    // was cut off: a family above the stray's in GB/T 9704 order (五、 after （4）) is top level again.
    else if (stack.length > 0 && (GB_RANK[family] ?? 99) < (GB_RANK[stack[0]!.family] ?? -1)) stack.length = 0;
    const start = c.from; // a Markdown prefix (## , - ) belongs to the section it opens
    const markerStart = c.from + c.marker.start;
    const markerEnd = c.from + c.marker.end;
    if (!follows) numberingWarning(report, ordinal, previous, at >= 0, markerStart, markerEnd);
    const parentFamily = stack[stack.length - 1]?.family;
    if (parentFamily && (GB_RANK[parentFamily] ?? -1) > (GB_RANK[family] ?? 99)) {
      report.warn(`Unexpected ${family} heading under a ${parentFamily} heading, expected GB/T 9704 order`, 'outline/level-order', markerStart, markerEnd);
    }
    const parent = stack[stack.length - 1]?.section;
    const section: RawSection = {
      id: uniqueId(parent ? `${parent.id}.${ordinal}` : String(ordinal), ids),
      level: stack.length + 1,
      marker: original.slice(markerStart, markerEnd),
      ordinal,
      start,
      titleStart: c.from + c.marker.titleStart,
      titleEnd: 0,
      bodyStart: 0,
      end,
      points: [],
      children: [],
    };
    (parent ? parent.children : roots).push(section);
    stack.push({ family, section });
    lastOrdinal.set(family, ordinal);
    placed.push({ c, ordinal, level: section.level, parent, section });
  });

  placed.forEach(({ c, section }, i) => {
    const next = placed[i + 1];
    const to = Math.min(c.to, c.from + MAX_TITLE_SCAN, next && next.c.from < c.to ? next.c.from : Infinity);
    const cut = titleOf(text.slice(c.from, to), c.marker.titleStart, grammars, c.marker.family === 'table-row');
    if (cut.guessed !== undefined) {
      const message = cut.guessed ? `Title runs into its body without punctuation; cut before ${cut.guessed} (a guess)` : 'Title runs into its body without punctuation';
      report.warn(message, 'outline/title-unpunctuated', c.from + c.marker.titleStart, c.from + cut.titleEnd);
    }
    // Markdown emphasis around a title (**落实全面从严治党**) is not part of it.
    const title = text.slice(section!.titleStart, c.from + cut.titleEnd);
    const lead = /^(?:\*\*|__)?/.exec(title)![0].length;
    const trail = lead && /(?:\*\*|__)$/.test(title) ? 2 : 0;
    section!.titleStart += lead;
    section!.titleEnd = c.from + cut.titleEnd - trail;
    section!.bodyStart = c.from + cut.bodyStart;
    if (next) section!.end = next.section!.start;
  });
  return roots;
}

/** How far a run-in marker may skip ahead of its numbering and still be a heading. */
const MAX_RUN_IN_GAP = 3;

/**
 * A run-in marker that skips a number ((二十) → (二十二), a numbering slip) is still a heading
 * when the next marker of its family continues from it: two in a row are no accident.
 */
function confirmedByNext(candidates: readonly Candidate[], index: number, ordinal: number): boolean {
  const c = candidates[index]!;
  if (c.marker.ordinal === 0) return false;
  const next = nextOf(candidates, index);
  return next !== undefined && next.marker.ordinal === ordinal + 1 && ordinal > 1 && ordinal <= (lastSeen(candidates, index, c.marker.family) ?? 0) + MAX_RUN_IN_GAP;
}

function nextOf(candidates: readonly Candidate[], index: number): Candidate | undefined {
  const family = candidates[index]!.marker.family;
  for (let i = index + 1; i < candidates.length; i++) if (candidates[i]!.marker.family === family) return candidates[i];
  return undefined;
}

function lastSeen(candidates: readonly Candidate[], index: number, family: string): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (candidates[i]!.marker.family === family) return candidates[i]!.marker.ordinal;
  return undefined;
}

function numberingWarning(report: Report, ordinal: number, previous: number | undefined, sibling: boolean, start: number, end: number): void {
  const expected = sibling || previous !== undefined ? (previous ?? 0) + 1 : 1;
  if (sibling && ordinal === previous) report.warn(`Unexpected repeat of number ${ordinal}, expected ${expected}`, 'outline/numbering-repeat', start, end);
  else report.warn(`Unexpected number ${ordinal}, expected ${expected}`, 'outline/numbering-gap', start, end);
}

/**
 * Printed ordinals can repeat (a numbering slip, or plans printed one after another); ids stay
 * unique with a #2 suffix. `ids` maps each id taken to the next suffix to try for it, so the
 * thousandth 一、 costs no more than the second.
 */
function uniqueId(id: string, ids: Map<string, number>): string {
  let n = ids.get(id);
  let unique = id;
  if (n !== undefined) {
    while (ids.has((unique = `${id}#${n}`))) n++;
    ids.set(id, n + 1);
  }
  ids.set(unique, 2);
  return unique;
}
