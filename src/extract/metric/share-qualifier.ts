import type { Comparator } from '../../schema/index.js';
import type { ComparatorSource } from './comparator-of.js';

type Shared = { start: number; end: number; baseUnit: string; cmp: Comparator; source: ComparatorSource };

// What may stand between the members of an enumeration of numbers.
const JOINERS = new Set(['、', '和', '及', '与', '或']);

/**
 * In 分别达到95%、55%以上 the 以上 qualifies both numbers, and in 不低于90%、85% the 不低于
 * does: a comparator spreads along numbers of one unit joined only by 、/和 to members that
 * state none of their own. Returns new items; input sorted by start.
 */
export function shareQualifier<T extends Shared>(items: readonly T[], text: string): T[] {
  const out = items.map((m) => ({ ...m }));
  const joined = (a: T, b: T) => a.baseUnit === b.baseUnit && JOINERS.has(text.slice(a.end, b.start));
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.source === 'none' && b.source === 'own' && b.cmp !== 'range' && joined(a, b)) Object.assign(a, { cmp: b.cmp, source: 'own' });
  }
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (b.source === 'none' && a.source === 'prefix' && joined(a, b)) Object.assign(b, { cmp: a.cmp, source: 'prefix' });
  }
  return out;
}
