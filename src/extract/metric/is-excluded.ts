import type { MetricCandidate } from './read-match.js';
import type { MetricLexicon } from './metric-lexicon.js';

const CJK = /[\u3400-\u9fff]/u;
const DIGIT_BY_DIGIT = /^[〇零一二两三四五六七八九]{2,}$/u;
const BARE_SCALE = /^[十百千万亿]$/u;

/**
 * Why a matched number is not a metric, or undefined when it is one. Checks only the
 * text around the match; word boundaries are checked against jieba separately.
 */
export function isExcluded(text: string, c: MetricCandidate, lex: MetricLexicon): string | undefined {
  const before = text.slice(Math.max(0, c.start - 80), c.start);
  const rest = text.slice(c.coreEnd, c.coreEnd + 12);
  if (insidePair(before, '《', '》')) return 'inside a 《》 title';
  if (insidePair(before.slice(-30), '“', '”') && text.slice(c.end, c.end + 30).includes('”')) return 'inside a quoted slogan or name';
  if (lex.ordinalBefore.some((w) => before.endsWith(w))) return 'ordinal';
  const fromStart = text.slice(c.start, c.start + 8);
  if (lex.setPhrases.some((w) => fromStart.startsWith(w))) return 'set phrase';
  if ((c.unit === '个' || c.unit === '项') && lex.sloganHeads.some((w) => rest.startsWith(w))) return 'slogan (N个 + head)';
  if (c.han && (DIGIT_BY_DIGIT.test(c.digits) || BARE_SCALE.test(c.digits) || c.digits === '二')) return 'year digits, bare scale or 二 as an ordinal';
  if (c.han && (c.unit === '分' || c.unit === '本')) return '十分, 一本 are words';
  if (c.unit === '年' && !c.han && isYear(c.digits) && (c.max === undefined || c.max >= 1900)) return 'a year';
  if (c.unit === '日' && before.endsWith('月')) return 'a date';
  // 压缩至1个工作日以内 is a target duration; 1年内有效减轻 is a span of time.
  const durationTarget = lex.durationTargets.some((w) => before.endsWith(w));
  if (lex.timeUnits.has(c.baseUnit) && !durationTarget) {
    if (before.endsWith('每')) return 'a frequency (times)';
    if (c.after === '以内' || c.after === '之内' || lex.timeTails.some((w) => rest.startsWith(w))) return 'a time expression (times)';
    if (c.unit === '年' && before.endsWith('近')) return 'a period (近三年)';
  }
  if ((c.unit === '年' || c.unit === '期') && lex.nameTails.some((w) => rest.startsWith(w))) return 'part of a programme name';
  const next = text[c.end] ?? '';
  if (c.han && c.digits === '一' && !lex.frequencyUnits.has(c.unit) && CJK.test(next) && !hasPrefixComparator(before, lex)) return 'indefinite 一 (一批, 一支队伍)';
  return undefined;
}

function insidePair(before: string, open: string, close: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return line.lastIndexOf(open) > line.lastIndexOf(close);
}

function isYear(digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits);
}

function hasPrefixComparator(before: string, lex: MetricLexicon): boolean {
  return lex.before.some((b) => before.endsWith(b.word));
}
