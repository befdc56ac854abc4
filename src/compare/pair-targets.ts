import type { Metric } from '../schema/index.js';
import { bigramsOf } from './text-vectors.js';
import { heaviestChain } from './heaviest-chain.js';

export type TargetPairing = { pairs: Array<[Metric, Metric]>; dropped: Metric[]; added: Metric[] };

/** Characters of context read on each side of a target: about the phrase that names what is counted. */
const LEFT = 12;
const RIGHT = 6;
/** Below this, two targets of a pair of items are not the same target. */
const SAME_TARGET = 0.35;

/**
 * Pairs the targets of two versions of one item: the same target is the one counting the same
 * thing (subject, and the words around the number with the numbers masked), in the same kind of
 * unit, in the same order — so 普惠率达到85% and 普惠率达到90% pair and read as a change of value.
 * `oldText`/`newText` are the two plans' source texts, for the context.
 */
export function pairTargets(oldMetrics: readonly Metric[], newMetrics: readonly Metric[], oldText: string, newText: string): TargetPairing {
  const oldKeys = oldMetrics.map((m) => keyOf(m, oldText));
  const newKeys = newMetrics.map((m) => keyOf(m, newText));
  const candidates = [];
  for (let a = 0; a < oldMetrics.length; a++) {
    for (let b = 0; b < newMetrics.length; b++) {
      const s = targetSimilarity(oldKeys[a]!, newKeys[b]!);
      if (s >= SAME_TARGET) candidates.push({ a, b, weight: s });
    }
  }
  const chain = heaviestChain(candidates);
  const usedOld = new Set(chain.map((c) => c.a));
  const usedNew = new Set(chain.map((c) => c.b));
  return {
    pairs: chain.map((c) => [oldMetrics[c.a]!, newMetrics[c.b]!]),
    dropped: oldMetrics.filter((_, i) => !usedOld.has(i)),
    added: newMetrics.filter((_, i) => !usedNew.has(i)),
  };
}

/** What differs between two versions of one target, in normalized terms (2亿元 = 20000万元). */
export function targetFieldsChanged(a: Metric, b: Metric): Array<'value' | 'max' | 'unit' | 'cmp'> {
  const fields: Array<'value' | 'max' | 'unit' | 'cmp'> = [];
  if (a.normalized.value !== b.normalized.value) fields.push('value');
  if (a.normalized.max !== b.normalized.max) fields.push('max');
  if (a.normalized.unit !== b.normalized.unit) fields.push('unit');
  if (a.cmp !== b.cmp) fields.push('cmp');
  return fields;
}

type Key = { subject: Set<string>; context: Set<string>; unit: string };

function keyOf(m: Metric, source: string): Key {
  const start = m.span.start.offset;
  const end = m.span.end.offset;
  const context = source.slice(Math.max(0, start - LEFT), start) + '#' + source.slice(end, end + RIGHT);
  return { subject: new Set(bigramsOf(m.subject ?? '')), context: new Set(bigramsOf(clause(context, start - Math.max(0, start - LEFT)))), unit: m.normalized.unit };
}

/** The context cut at the sentence marks around the number: the next clause is about something else. */
function clause(context: string, at: number): string {
  const left = context.slice(0, at);
  const right = context.slice(at);
  const cutLeft = Math.max(left.lastIndexOf('。'), left.lastIndexOf('；'), left.lastIndexOf(';'));
  const cutRight = right.search(/[。；;，,]/u);
  return left.slice(cutLeft + 1) + (cutRight > 0 ? right.slice(0, cutRight) : right);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Context counts most; a subject both sides name counts as much again; the same kind of unit adds a little. */
function targetSimilarity(a: Key, b: Key): number {
  const context = dice(a.context, b.context);
  const subject = a.subject.size > 0 && b.subject.size > 0 ? dice(a.subject, b.subject) : context;
  return 0.45 * context + 0.35 * subject + (a.unit === b.unit ? 0.2 : 0);
}
