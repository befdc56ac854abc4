import type { Comparator } from '../../schema/index.js';
import type { MetricCandidate } from './read-match.js';
import type { MetricLexicon } from './metric-lexicon.js';
import { clauseOf } from './is-excluded.js';

/** Where a comparator came from: the metric's own words, a word before it, or nowhere. */
export type ComparatorSource = 'own' | 'prefix' | 'none';

// How far back in its clause a comparator may govern a number (每月至少带队检查1次).
const SCOPE = 12;

/**
 * A range is a range; 余/多 and 左右 make it approximate; 以上/以下 after the unit win over
 * 不少于/控制在 before the number, which are only read when the metric itself says nothing.
 * A strong comparator further back in the clause (至少, 不低于) governs the first number after
 * it, across the verb or base between (不低于总资金的80%).
 */
export function comparatorOf(text: string, c: MetricCandidate, lex: MetricLexicon): { cmp: Comparator; source: ComparatorSource } {
  if (c.max !== undefined) return { cmp: 'range', source: 'own' };
  if (c.approx) return { cmp: '~', source: 'own' };
  if (c.after !== undefined) {
    if (lex.greaterAfter.has(c.after)) return { cmp: '>=', source: 'own' };
    if (lex.lessAfter.has(c.after)) return { cmp: '<=', source: 'own' };
    if (lex.approxAfter.has(c.after)) return { cmp: '~', source: 'own' };
  }
  const before = text.slice(Math.max(0, c.start - 6), c.start).replace(/[ \t]+$/u, '');
  const word = lex.before.find((b) => before.endsWith(b.word));
  if (word) return { cmp: word.cmp, source: 'prefix' };
  const scoped = scopeComparator(text.slice(Math.max(0, c.start - SCOPE - 4), c.start), lex);
  if (scoped) return { cmp: scoped, source: 'prefix' };
  return { cmp: '=', source: 'none' };
}

// 至少, 最多 are adverbs: a verb phrase may stand between them and the number (至少带队检查1次).
const ADVERB = /^(?:至|最)/u;
// 不低于, 不得少于 compare with a base: a short noun (在册人数70%) or a base with 的 (总资金的80%); a
// 的 inside the stretch starts a new subject (不超过规定时限的事项办结率100% says nothing of 100%).
const SHORT_BASE = 6;

/** The comparator that governs the end of `before` from further back in its clause, if any. */
function scopeComparator(before: string, lex: MetricLexicon): '>=' | '<=' | undefined {
  const clause = clauseOf(before);
  let best: { word: string; from: number; cmp: '>=' | '<=' } | undefined;
  for (const { word, cmp } of lex.scopeBefore) {
    const at = clause.lastIndexOf(word);
    if (at < 0 || clause.length - at - word.length > SCOPE) continue;
    if (best === undefined || at + word.length > best.from) best = { word, from: at + word.length, cmp };
  }
  if (!best) return undefined;
  const between = clause.slice(best.from);
  // Another number between them takes the comparator for itself.
  if (/[\d〇零一二两三四五六七八九十百千]/u.test(between)) return undefined;
  if (ADVERB.test(best.word)) return best.cmp;
  const inner = between.endsWith('的') ? between.slice(0, -1) : between;
  return inner.includes('的') || (!between.endsWith('的') && between.length > SHORT_BASE) ? undefined : best.cmp;
}
