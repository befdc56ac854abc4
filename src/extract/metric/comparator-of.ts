import type { Comparator } from '../../schema/index.js';
import type { MetricCandidate } from './read-match.js';
import type { MetricLexicon } from './metric-lexicon.js';

/** Where a comparator came from: the metric's own words, a word before it, or nowhere. */
export type ComparatorSource = 'own' | 'prefix' | 'none';

/**
 * A range is a range; 余/多 and 左右 make it approximate; 以上/以下 after the unit win over
 * 不少于/控制在 before the number, which are only read when the metric itself says nothing.
 */
export function comparatorOf(text: string, c: MetricCandidate, lex: MetricLexicon): { cmp: Comparator; source: ComparatorSource } {
  if (c.max !== undefined) return { cmp: 'range', source: 'own' };
  if (c.approx) return { cmp: '~', source: 'own' };
  if (c.after !== undefined) {
    if (lex.greaterAfter.has(c.after)) return { cmp: '>=', source: 'own' };
    if (lex.lessAfter.has(c.after)) return { cmp: '<=', source: 'own' };
    if (lex.approxAfter.has(c.after)) return { cmp: '~', source: 'own' };
  }
  const before = text.slice(Math.max(0, c.start - 6), c.start);
  const word = lex.before.find((b) => before.endsWith(b.word));
  if (word) return { cmp: word.cmp, source: 'prefix' };
  return { cmp: '=', source: 'none' };
}
