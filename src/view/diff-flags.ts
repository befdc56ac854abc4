import type { Change, PlanDocument } from '../schema/index.js';
import { describeChange } from '../output/describe-change.js';
import type { EntityKind, Flag } from './entity-marks.js';

type Located = { span: { start: { offset: number }; end: { offset: number } } };
export type SideFlags = { old: Map<string, Flag>; new: Map<string, Flag> };

/**
 * What the diff says about single entities, as flags for their marks ("kind:index" → class and
 * words): a target changed is marked on both sides, one added on the new side, one dropped on
 * the old; the same for deadlines, owners and policies.
 */
export function diffFlags(oldDoc: PlanDocument, newDoc: PlanDocument, changes: readonly Change[]): SideFlags {
  const find = indexer(oldDoc);
  const findNew = indexer(newDoc);
  const flags: SideFlags = { old: new Map(), new: new Map() };
  const flag = (side: 'old' | 'new', kind: EntityKind, e: Located, className: string, note: string) => {
    const i = (side === 'old' ? find : findNew)(kind, e);
    if (i !== undefined) flags[side].set(`${kind}:${i}`, { className, note });
  };
  for (const c of changes) {
    const d = describeChange(c);
    const note = `${d.label}${d.before && d.after ? `: ${d.before} → ${d.after}` : ''}${d.detail ? ` (${d.detail})` : ''}`;
    switch (c.type) {
      case 'target-changed':
      case 'deadline-moved': {
        const kind = c.type === 'target-changed' ? 'metric' : 'time';
        flag('old', kind, c.old, 'changed', note);
        flag('new', kind, c.new, 'changed', note);
        break;
      }
      case 'target-added':
      case 'deadline-added':
        flag('new', c.type === 'target-added' ? 'metric' : 'time', c.new, 'added-e', note);
        break;
      case 'target-dropped':
      case 'deadline-dropped':
        flag('old', c.type === 'target-dropped' ? 'metric' : 'time', c.old, 'dropped-e', note);
        break;
      case 'owners-changed':
        for (const o of c.removed) flag('old', 'org', o, 'dropped-e', note);
        for (const o of c.added) flag('new', 'org', o, 'added-e', note);
        break;
      case 'policy-cited':
        flag('new', 'policy', c.new, 'added-e', note);
        break;
      case 'policy-uncited':
        flag('old', 'policy', c.old, 'dropped-e', note);
        break;
      default:
        break;
    }
  }
  return flags;
}

/** The index of an entity in its document's list, found by where it stands. */
function indexer(d: PlanDocument): (kind: EntityKind, e: Located) => number | undefined {
  const lists: Record<EntityKind, readonly Located[]> = { metric: d.metrics, time: d.times, org: d.orgs, policy: d.policies, term: d.terms };
  const maps = new Map<EntityKind, Map<string, number>>();
  return (kind, e) => {
    let map = maps.get(kind);
    if (!map) maps.set(kind, (map = new Map(lists[kind].map((x, i) => [`${x.span.start.offset}:${x.span.end.offset}`, i]))));
    return map.get(`${e.span.start.offset}:${e.span.end.offset}`);
  };
}
