import type { Change, ItemRef, PlanDiff, PlanDocument } from '../schema/index.js';
import { sourceTextOf } from '../output/source-text.js';
import { itemsOf, type Item } from './items.js';
import { alignItems, type Match } from './align-items.js';
import { itemChanges } from './item-changes.js';
import { policyChanges } from './policy-changes.js';
import { sameTitle } from './same-title.js';
import { groupBySection } from './group-by-section.js';

type Keyed = { change: Change; key: number; order: number };

/**
 * What changed from one plan to another (last year's and this year's, or two counties'): the
 * items aligned by what they say, then, item by item, what was added, dropped, moved or
 * reworded, and which targets, deadlines and owners changed; policies newly cited or no longer
 * cited. Every change carries the spans it stands at in either plan. Pure: no clock, no I/O.
 */
export function comparePlans(oldDoc: PlanDocument, newDoc: PlanDocument): PlanDiff {
  const oldItems = itemsOf(oldDoc);
  const newItems = itemsOf(newDoc);
  const matches = alignItems(oldItems, newItems);
  const partnerOfOld = new Map(matches.map((m) => [m.old, m.new]));
  const partnerOfNew = new Map(matches.map((m) => [m.new, m.old]));
  const ref = (item: Item): ItemRef => ({ id: item.id, marker: item.marker, title: item.title, titleSpan: item.titleSpan, span: item.span });

  const keyed: Keyed[] = [];
  const push = (change: Change, key: number) => keyed.push({ change, key, order: keyed.length });
  // A dropped item is listed where its nearest preceding old item now stands.
  const keyOfOld = (i: number) => {
    for (let k = i; k >= 0; k--) if (partnerOfOld.has(k)) return partnerOfOld.get(k)! + 0.5;
    return -0.5;
  };

  const pairs = matches.map((m) => {
    const a = oldItems[m.old]!;
    const b = newItems[m.new]!;
    const moved = isMoved(m, a, b, partnerOfOld);
    const reworded = !sameTitle(a.title, b.title);
    return { match: m, a, b, moved, reworded };
  });
  for (const { a, b, moved, reworded, match } of pairs) {
    const inItems = { oldItem: a.id, newItem: b.id };
    if (moved) {
      const fromParent = a.parent >= 0 ? oldItems[a.parent]!.id : null;
      const toParent = b.parent >= 0 ? newItems[b.parent]!.id : null;
      push({ type: 'item-moved', ...inItems, old: ref(a), new: ref(b), fromParent, toParent }, match.new);
    }
    if (reworded) push({ type: 'item-reworded', ...inItems, old: ref(a), new: ref(b) }, match.new);
  }
  // The targets of an item added or dropped are targets added or dropped too: the list of new targets is complete.
  const oldTargets = groupBySection(oldDoc.metrics);
  const newTargets = groupBySection(newDoc.metrics);
  for (const b of newItems) {
    if (partnerOfNew.has(b.index)) continue;
    push({ type: 'item-added', newItem: b.id, new: ref(b) }, b.index);
    for (const m of newTargets.get(b.id) ?? []) push({ type: 'target-added', newItem: b.id, new: m }, b.index);
  }
  for (const a of oldItems) {
    if (partnerOfOld.has(a.index)) continue;
    push({ type: 'item-dropped', oldItem: a.id, old: ref(a) }, keyOfOld(a.index));
    for (const m of oldTargets.get(a.id) ?? []) push({ type: 'target-dropped', oldItem: a.id, old: m }, keyOfOld(a.index));
  }

  const oldText = sourceTextOf(oldDoc);
  const newText = sourceTextOf(newDoc);
  const yearShift = oldDoc.meta.year !== undefined && newDoc.meta.year !== undefined ? newDoc.meta.year - oldDoc.meta.year : 0;
  const changesOf = itemChanges({ oldDoc, newDoc, oldText, newText, yearShift });
  for (const { a, b, match } of pairs) {
    const parentPair = a.parent >= 0 && partnerOfOld.get(a.parent) === b.parent && b.parent >= 0 ? { old: oldItems[a.parent]!.id, new: newItems[b.parent]!.id } : undefined;
    for (const change of changesOf(a.id, b.id, parentPair)) push(change, match.new);
  }
  const indexOfNew = new Map(newItems.map((i) => [i.id, i.index]));
  const indexOfOld = new Map(oldItems.map((i) => [i.id, i.index]));
  for (const change of policyChanges(oldDoc, newDoc)) {
    const key = change.type === 'policy-cited' ? (indexOfNew.get(change.new.sectionId) ?? -1) : keyOfOld(indexOfOld.get(change.old.sectionId) ?? -1);
    push({ ...change, ...(change.type === 'policy-cited' ? { newItem: change.new.sectionId } : { oldItem: change.old.sectionId }) }, key);
  }

  const changes = keyed.sort((x, y) => x.key - y.key || x.order - y.order).map((k) => k.change);
  const summary: Record<string, number> = { itemsPaired: matches.length, itemsOld: oldItems.length, itemsNew: newItems.length };
  for (const c of changes) summary[c.type] = (summary[c.type] ?? 0) + 1;
  return {
    diffVersion: 1,
    old: sideOf(oldDoc),
    new: sideOf(newDoc),
    summary,
    pairs: pairs.map(({ a, b, match, moved, reworded }) => ({ old: ref(a), new: ref(b), similarity: round(match.similarity), moved, reworded })),
    changes,
  };
}

/**
 * Moved: found out of the order of the items around it, or now under a heading that is not the
 * counterpart of its old one (top-level items have none on either side).
 */
function isMoved(m: Match, a: Item, b: Item, partnerOfOld: ReadonlyMap<number, number>): boolean {
  if (!m.inOrder) return true;
  if (a.parent < 0 && b.parent < 0) return false;
  if (a.parent < 0 || b.parent < 0) return true;
  return partnerOfOld.get(a.parent) !== b.parent;
}

function sideOf(d: PlanDocument): PlanDiff['old'] {
  const { title, region, year } = d.meta;
  return { path: d.source.path, sha256: d.source.sha256, ...(title ? { title } : {}), ...(region ? { region } : {}), ...(year !== undefined ? { year } : {}) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
