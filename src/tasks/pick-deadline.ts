import type { TaskDeadline, Time } from '../schema/index.js';
import { inScope, nearest } from './in-scope.js';
import type { Scope } from './task-units.js';

/**
 * The deadline of a task: the earliest `due` printed inside it (by the last day it allows;
 * one that cannot be pinned counts after those that can, then the first printed), or, failing
 * that, the earliest of the nearest enclosing item — sub-items inherit their item's deadline,
 * as a 督办 system passes it down.
 */
export function pickDeadline(times: readonly Time[], scopes: readonly Scope[]): TaskDeadline | undefined {
  const hit = nearest(scopes, (scope) => earliest(times, inScope(times, scope).filter((i) => times[i]!.kind === 'due')));
  if (!hit) return undefined;
  const t = times[hit.found]!;
  const iso = t.normalized?.end;
  return { time: hit.found, text: t.text, span: t.span, ...(iso ? { iso } : {}), inherited: hit.inherited };
}

function earliest(times: readonly Time[], indexes: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const i of indexes) {
    if (best === undefined) best = i;
    else {
      const a = times[i]!.normalized?.end;
      const b = times[best]!.normalized?.end;
      if (a !== undefined && (b === undefined || a < b)) best = i;
    }
  }
  return best;
}
