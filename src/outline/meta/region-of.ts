import type { Grammars } from '../../grammar/compile.js';
import type { Range } from './plan-title.js';

/** One administrative unit of a chain (长治市 | 上党区; 平潭综合实验区 | 苏平片区). */
const cache = new WeakMap<Grammars, RegExp>();

/**
 * The place a name speaks for, as a range of the text: the most specific unit of the place it
 * opens with (长治市上党区统计局 → 上党区; 平潭综合实验区苏平片区管理局 → 苏平片区). Undefined when
 * the name opens with no place.
 */
export function regionIn(range: Range, text: string, grammars: Grammars): Range | undefined {
  const rule = grammars.rule('meta/region');
  rule.regex.lastIndex = 0;
  const s = text.slice(range.start, range.end);
  const m = rule.regex.exec(s);
  const chain = m?.groups?.region;
  if (!m || !chain) return undefined;
  const chainStart = range.start + m.index + m[0].length - chain.length;
  let unit = cache.get(grammars);
  if (!unit) cache.set(grammars, (unit = new RegExp(`(?:(?![和与及])[\\u4e00-\\u9fa5]){2,6}?(?:${grammars.part('adminSuffix')}|乡|镇|街道)`, 'gu')));
  let last: RegExpExecArray | undefined;
  for (const u of chain.matchAll(unit)) last = u;
  return last ? { start: chainStart + last.index, end: chainStart + last.index + last[0].length } : { start: chainStart, end: chainStart + chain.length };
}
