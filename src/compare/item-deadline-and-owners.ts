import { ownersOf } from '../extract/org/owners-of.js';
import type { Org, PlanDocument, Time } from '../schema/index.js';

export type ItemFacts = { deadline?: Time; lead: Org[]; support: Org[]; ownNote: boolean };

/**
 * An item's deadline and owners, as the diff compares them: the earliest `due` time printed in
 * the item's own text, and its lead and support units via `ownersOf` (its own owner note, else
 * the nearest enclosing item's). A small stand-in for the `tasks` view being built on another
 * branch (one task per leaf item with its earliest due deadline and inherited owners): when that
 * lands, this one function is what to swap for it.
 */
export function itemDeadlineAndOwners(document: PlanDocument): (sectionId: string) => ItemFacts {
  const dueBySection = new Map<string, Time[]>();
  for (const t of document.times) {
    if (t.kind !== 'due') continue;
    const list = dueBySection.get(t.sectionId);
    if (list) list.push(t);
    else dueBySection.set(t.sectionId, [t]);
  }
  const owners = document.orgs.filter((o) => o.role !== 'mention');
  return (sectionId) => {
    const own = ownersOf(owners, sectionId);
    const deadline = earliest(dueBySection.get(sectionId) ?? []);
    return {
      ...(deadline ? { deadline } : {}),
      lead: own.filter((o) => o.role === 'lead'),
      support: own.filter((o) => o.role === 'support'),
      ownNote: own.some((o) => o.sectionId === sectionId),
    };
  };
}

/** The due time that falls first; one that cannot be pinned to a date counts after those that can, in printed order. */
function earliest(times: readonly Time[]): Time | undefined {
  let best: Time | undefined;
  for (const t of times) {
    const at = t.normalized?.end ?? t.normalized?.start;
    const bestAt = best?.normalized?.end ?? best?.normalized?.start;
    if (!best || (at !== undefined && (bestAt === undefined || at < bestAt))) best = t;
  }
  return best;
}
