import type { Change, Org, PlanDocument, Time } from '../schema/index.js';
import { groupBySection } from './group-by-section.js';
import { itemDeadlineAndOwners, type ItemFacts } from './item-deadline-and-owners.js';
import { pairTargets, targetFieldsChanged } from './pair-targets.js';
import { normalize } from '../pipeline/normalize.js';

type Context = { oldDoc: PlanDocument; newDoc: PlanDocument; oldText: string; newText: string; yearShift: number };
type ParentPair = { old: string; new: string } | undefined;

/**
 * The changes inside one pair of items: targets added, dropped or changed; the deadline added,
 * dropped or moved; lead and support units changed. Returns a function of the pair's ids,
 * with each plan's entities indexed by item once.
 */
export function itemChanges({ oldDoc, newDoc, oldText, newText, yearShift }: Context): (oldId: string, newId: string, parents: ParentPair) => Change[] {
  const oldMetrics = groupBySection(oldDoc.metrics);
  const newMetrics = groupBySection(newDoc.metrics);
  const oldFacts = itemDeadlineAndOwners(oldDoc);
  const newFacts = itemDeadlineAndOwners(newDoc);
  return (oldId, newId, parents) => {
    const inItems = { oldItem: oldId, newItem: newId };
    const out: Change[] = [];
    const { pairs, dropped, added } = pairTargets(oldMetrics.get(oldId) ?? [], newMetrics.get(newId) ?? [], oldText, newText);
    for (const m of dropped) out.push({ type: 'target-dropped', ...inItems, old: m });
    for (const m of added) out.push({ type: 'target-added', ...inItems, new: m });
    for (const [a, b] of pairs) {
      const fields = targetFieldsChanged(a, b);
      if (fields.length > 0) out.push({ type: 'target-changed', ...inItems, old: a, new: b, fields });
    }
    const before = oldFacts(oldId);
    const after = newFacts(newId);
    out.push(...deadlineChanges(before.deadline, after.deadline, yearShift, inItems));
    // Owners one item inherits are compared where they are printed: at its own note, or at the
    // enclosing pair when neither side has one (else every sub-item would repeat the change).
    const inherited = !before.ownNote && !after.ownNote && parents !== undefined;
    if (!inherited) out.push(...ownerChanges(before, after, inItems));
    return out;
  };
}

const DAY = 86_400_000;

function deadlineChanges(a: Time | undefined, b: Time | undefined, yearShift: number, inItems: { oldItem: string; newItem: string }): Change[] {
  if (!a && !b) return [];
  if (a && !b) return [{ type: 'deadline-dropped', ...inItems, old: a }];
  if (!a && b) return [{ type: 'deadline-added', ...inItems, new: b }];
  const oldAt = dateOf(a!);
  const newAt = dateOf(b!);
  if (oldAt !== undefined && newAt !== undefined) {
    // Compared within the plan year: 到2022年底 in last year's plan and 到2023年底 in this year's are the same deadline.
    const shifted = new Date(Date.UTC(oldAt.getUTCFullYear() + yearShift, oldAt.getUTCMonth(), oldAt.getUTCDate()));
    const days = Math.round((newAt.getTime() - shifted.getTime()) / DAY);
    return days === 0 ? [] : [{ type: 'deadline-moved', ...inItems, old: a!, new: b!, days }];
  }
  const bare = (t: Time) => normalize(t.text).text.replace(/[0-9]{4}年?/g, '').replace(/\s+/g, '');
  return bare(a!) === bare(b!) ? [] : [{ type: 'deadline-moved', ...inItems, old: a!, new: b! }];
}

function dateOf(t: Time): Date | undefined {
  const iso = t.normalized?.end ?? t.normalized?.start;
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return new Date(`${iso}T00:00:00Z`);
}

function ownerChanges(a: ItemFacts, b: ItemFacts, inItems: { oldItem: string; newItem: string }): Change[] {
  const out: Change[] = [];
  for (const role of ['lead', 'support'] as const) {
    const before = unique(a[role]);
    const after = unique(b[role]);
    const removed = [...before].filter(([name]) => !after.has(name)).map(([, org]) => org);
    const added = [...after].filter(([name]) => !before.has(name)).map(([, org]) => org);
    if (removed.length > 0 || added.length > 0) out.push({ type: 'owners-changed', ...inItems, role, removed, added });
  }
  return out;
}

/** Units by name as read (folded, spaces dropped), the first place each is named. */
function unique(orgs: readonly Org[]): Map<string, Org> {
  const out = new Map<string, Org>();
  for (const o of orgs) {
    const name = normalize(o.name).text.replace(/\s+/g, '');
    if (!out.has(name)) out.set(name, o);
  }
  return out;
}
