import type { DocContext, DraftOf, Extractor, WordNeeds } from './types.js';
import { perBlock } from './per-block.js';
import { metricLexicon, type MetricLexicon } from './metric/metric-lexicon.js';
import { readMatch, scaled, type MetricCandidate } from './metric/read-match.js';
import { isExcluded } from './metric/is-excluded.js';
import { comparatorOf } from './metric/comparator-of.js';
import { detectFused } from './metric/detect-fused.js';
import { wordsAround, insideWord, type Token } from './block-tokens.js';
import { findSubject } from './metric/find-subject.js';
import { shareQualifier } from './metric/share-qualifier.js';
import { countHead } from './metric/count-head.js';
import { execAll } from '../grammar/exec-all.js';

/**
 * Quantities in one block: the grammar rules of grammars/metrics.json find numbers with a
 * unit, context words rule out names, years and slogans, jieba confirms that the number and
 * unit are words of their own (not 十分, 一次性, 高三年级) and finds what is counted.
 */
export const extractMetrics: Extractor = (block, doc) => {
  const candidates = candidatesOf(block, doc);
  if (candidates.length === 0) return [];
  const lex = metricLexicon(doc.grammars);
  const tokensOf = (c: MetricCandidate) => wordsAround(doc, block, c.start, c.end);
  // 3所以上 is cut 3/所以/上, so a qualifier may close the word instead of the unit.
  // A fused number starts inside jieba's word (2022100%); unfuse has vouched for its start.
  // A count in words is read by the word after it too (一名分管领导 vs 一项重要内容; 三个探索).
  const words = candidates.filter((c) => {
    const inside = (offset: number) => insideWord(tokensOf(c), offset);
    return (!inside(c.start) || c.fused) && (!inside(c.coreEnd) || (c.after && !inside(c.end))) && !countHead(c, tokensOf(c), doc.text, lex);
  });
  const compared = shareQualifier(
    words.map((c) => ({ ...c, ...comparatorOf(doc.text, c, lex) })),
    doc.text,
  );
  return compared.map((c) => toDraft(c, tokensOf(c), doc, block.sectionId, lex));
};

/** Where the metrics of a block are, for cutting their clauses ahead (see prepareWords). */
export const metricNeeds: WordNeeds = (block, doc) => candidatesOf(block, doc);

/** Numbers with a unit that no context rules out, in order; jieba has not been asked yet. */
const candidatesOf = perBlock((block, doc): MetricCandidate[] => {
  const lex = metricLexicon(doc.grammars);
  const slice = doc.text.slice(block.start, block.end);
  const candidates: MetricCandidate[] = [];
  // Characters already claimed by an earlier rule (a range before the quantity inside it).
  const claimed = new Uint8Array(slice.length);
  const free = (c: MetricCandidate) => !claimed.subarray(c.start - block.start, c.end - block.start).includes(1);
  for (const rule of lex.rules) {
    if (rule.requires && !rule.requires.test(slice)) continue;
    for (const m of execAll(rule.regex, slice)) {
      const c = readMatch(m, rule, block.start, lex, doc);
      if (!c || !free(c)) continue;
      const read = unfuse(c, doc, block.sectionId);
      if (!read || isExcluded(doc.text, read, lex)) continue;
      candidates.push(read);
      claimed.fill(1, c.start - block.start, c.end - block.start);
    }
  }
  return candidates.sort((a, b) => a.start - b.start);
});

/** Cuts a glued year off a number (2022100% → 100%) and warns; drops year pairs (20202022年). */
function unfuse(c: MetricCandidate, doc: DocContext, sectionId: string): MetricCandidate | undefined {
  if (c.han || c.max !== undefined) return c;
  const fused = detectFused(c.digits, c.baseUnit, doc.meta.year);
  if (fused.kind === 'none') return c;
  const printed = doc.original.slice(c.start, c.coreEnd);
  doc.warn({
    code: 'metric/fused-number',
    message: `Unexpected number “${printed}”, expected a year and a number apart (lost separator after ${c.digits.slice(0, 4)})`,
    start: c.start,
    end: c.coreEnd,
    sectionId,
  });
  if (fused.kind === 'years') return undefined;
  const digits = c.digits.slice(fused.yearDigits);
  return { ...c, start: c.start + fused.yearDigits, digits, value: Number(digits), fused: true };
}

function toDraft(
  c: MetricCandidate & ReturnType<typeof comparatorOf>,
  tokens: readonly Token[],
  doc: DocContext,
  sectionId: string,
  lex: MetricLexicon,
): DraftOf<'metric'> {
  // A share (%, 成, a fraction) qualifies the rate before it.
  const rate = lex.shareUnit.test(c.baseUnit) || c.baseUnit === '%' || c.rule.startsWith('metric/fraction');
  const subject = findSubject(tokens, c.start, c.end, { rate, measureSuffixes: lex.measureSuffixes });
  return {
    entity: 'metric',
    start: c.start,
    end: c.end,
    sectionId,
    rule: c.rule,
    value: c.value,
    ...(c.max !== undefined ? { max: c.max } : {}),
    unit: c.unit,
    normalized: {
      value: scaled(c.value, c.factor),
      ...(c.max !== undefined ? { max: scaled(c.max, c.factor) } : {}),
      unit: c.baseUnit,
    },
    cmp: c.cmp,
    ...(subject ? { subject: doc.original.slice(subject.start, subject.end) } : {}),
  };
}
