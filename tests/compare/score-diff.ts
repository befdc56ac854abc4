import type { PlanDiff, PlanDocument, Section } from '../../src/index.js';
import type { SyntheticPair } from './make-pair.js';

/** Found, expected and right: precision = right / found, recall = right / expected. */
export type Tally = { found: number; expected: number; right: number };
export type Score = { alignment: Tally; moved: Tally; targets: Tally; deadlines: Tally; misses: string[] };

export const tally = (): Tally => ({ found: 0, expected: 0, right: 0 });
export const add = (into: Tally, t: Tally) => ((into.found += t.found), (into.expected += t.expected), (into.right += t.right));
export const precision = (t: Tally) => (t.found === 0 ? 1 : t.right / t.found);
export const recall = (t: Tally) => (t.expected === 0 ? 1 : t.right / t.expected);

/**
 * The diff of a synthetic pair against what the generator recorded. New items are named by
 * where their marker stands in the new text (ids depend on the parser), targets by where they start.
 */
export function scoreSynthetic(diff: PlanDiff, newDoc: PlanDocument, pair: SyntheticPair): Score {
  const idAt = new Map<number, string>();
  const visit = (s: Section) => (idAt.set(s.span.start.offset, s.id), s.children.forEach(visit));
  newDoc.sections.forEach(visit);
  const misses: string[] = [];
  const expectedPairs = new Map(pair.expected.pairs.map((p) => [p.old, idAt.get(p.newOffset) ?? `@${p.newOffset}`]));
  const found = diff.pairs.filter((p) => p.old.id !== '0');
  const alignment = { found: found.length, expected: expectedPairs.size, right: 0 };
  for (const p of found) {
    if (expectedPairs.get(p.old.id) === p.new.id) alignment.right++;
    else misses.push(`pair ${p.old.id} → ${p.new.id} (${p.similarity}): expected ${expectedPairs.get(p.old.id) ?? 'dropped'}`);
  }
  for (const [old, id] of expectedPairs) if (!found.some((p) => p.old.id === old)) misses.push(`missed pair ${old} → ${id}`);

  const expectedMoved = new Set(pair.expected.pairs.filter((p) => p.moved).map((p) => p.old));
  const movedFound = diff.changes.filter((c) => c.type === 'item-moved');
  const moved = { found: movedFound.length, expected: expectedMoved.size, right: movedFound.filter((c) => expectedMoved.has(c.oldItem!)).length };
  for (const c of movedFound) if (!expectedMoved.has(c.oldItem!)) misses.push(`moved ${c.oldItem} → ${c.newItem}: not moved`);

  const key = (oldOffset: number, newOffset: number) => `${oldOffset}>${newOffset}`;
  const expectedTargets = new Map(pair.expected.targets.map((t) => [key(t.oldOffset, t.newOffset), t.fields.join(',')]));
  const targetFound = diff.changes.filter((c) => c.type === 'target-changed');
  const targets = { found: targetFound.length, expected: expectedTargets.size, right: 0 };
  for (const c of targetFound) {
    const k = key(c.old.span.start.offset, c.new.span.start.offset);
    if (expectedTargets.has(k)) targets.right++;
    else misses.push(`target ${c.old.text} → ${c.new.text} (${c.oldItem} → ${c.newItem}): not changed`);
  }
  for (const [k] of expectedTargets) if (!targetFound.some((c) => key(c.old.span.start.offset, c.new.span.start.offset) === k)) misses.push(`missed target change ${k}`);

  const expectedDeadlines = new Set(pair.expected.deadlines.map((d) => `${d.type}@${d.newOffset}`));
  const deadlineFound = diff.changes.filter((c) => c.type === 'deadline-moved' || c.type === 'deadline-added' || c.type === 'deadline-dropped');
  const deadlines = { found: deadlineFound.length, expected: expectedDeadlines.size, right: 0 };
  for (const c of deadlineFound) {
    const k = `${c.type}@${'new' in c ? c.new.span.start.offset : -1}`;
    if (expectedDeadlines.has(k)) deadlines.right++;
    else misses.push(`${c.type} ${c.oldItem} → ${c.newItem}: not expected`);
  }
  return { alignment, moved, targets, deadlines, misses };
}
