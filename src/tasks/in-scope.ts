import { firstIndex } from '../util/sorted-search.js';
import type { Scope } from './task-units.js';

type Placed = { span: { start: { offset: number } } };

/**
 * Indexes of the entities that start inside a scope (and not in one of its holes), in order.
 * `entities` are sorted by start offset, as a finished document's lists are, so the scope's
 * stretch is found by binary search: a plan of 10,000 items costs no more per item than one of 10.
 */
export function inScope(entities: readonly Placed[], scope: Scope): number[] {
  const from = firstIndex(entities.length, (i) => entities[i]!.span.start.offset >= scope.start);
  const out: number[] = [];
  for (let i = from; i < entities.length; i++) {
    const at = entities[i]!.span.start.offset;
    if (at >= scope.end) break;
    if (!scope.holes.some(([s, e]) => at >= s && at < e)) out.push(i);
  }
  return out;
}

/** The first scope, nearest first, in which `pick` finds something, and whether it is inherited. */
export function nearest<T>(scopes: readonly Scope[], pick: (scope: Scope) => T | undefined): { found: T; inherited: boolean } | undefined {
  for (let i = 0; i < scopes.length; i++) {
    const found = pick(scopes[i]!);
    if (found !== undefined) return { found, inherited: i > 0 };
  }
  return undefined;
}
