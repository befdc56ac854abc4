import type { MetricCandidate } from './read-match.js';
import type { MetricLexicon } from './metric-lexicon.js';

const CJK = /[\u3400-\u9fff]/u;
const DIGIT_BY_DIGIT = /^[〇零一二两三四五六七八九]{2,}$/u;
const BARE_SCALE = /^[十百千万亿]$/u;
// Marks that end a clause: what stands before one belongs to another statement.
const CLAUSE_END = /[,，。;；:：!！?？、\n]/u;

/**
 * Why a matched number is not a metric, or undefined when it is one. Checks only the
 * text around the match; word boundaries are checked against jieba separately.
 */
export function isExcluded(text: string, c: MetricCandidate, lex: MetricLexicon): string | undefined {
  // Space a conversion left before the number does not hide the word before it (第 3 名).
  const before = text.slice(Math.max(0, c.start - 80), c.start).replace(/[ \t]+$/u, '');
  const rest = text.slice(c.coreEnd, c.coreEnd + 12);
  const unit = c.readUnit;
  if (c.gap?.includes('\n') && /(?:^|\n)[ \t-]*$/u.test(before)) return 'a number alone on its line (page or row number)';
  if (insidePair(before, '《', '》')) return 'inside a 《》 title';
  if (insidePair(before.slice(-30), '“', '”') && text.slice(c.end, c.end + 30).includes('”')) return 'inside a quoted slogan or name';
  if (lex.ordinalBefore.some((w) => before.endsWith(w))) return 'ordinal';
  const fromStart = text.slice(c.start, c.start + 8);
  if (lex.setPhrases.some((w) => fromStart.startsWith(w))) return 'set phrase';
  if ((unit === '个' || unit === '项') && lex.sloganHeads.some((w) => rest.startsWith(w))) return 'slogan (N个 + head)';
  if (c.han && (DIGIT_BY_DIGIT.test(c.digits) || BARE_SCALE.test(c.digits) || c.digits === '二')) return 'year digits, bare scale or 二 as an ordinal';
  if (c.han && (unit === '分' || unit === '本')) return '十分, 一本 are words';
  if (!c.han && isYear(c.digits) && (unit === '年' || (c.rule === 'metric/bare-limit' && !c.digits.includes('.'))) && (c.max === undefined || c.max >= 1900)) return 'a year';
  if (unit === '日' && before.endsWith('月')) return 'a date';
  // 压缩至1个工作日以内 is a target duration; 1年内有效减轻 is a span of time.
  const durationTarget = lex.durationTargets.some((w) => before.endsWith(w));
  if (lex.timeUnits.has(c.baseUnit) && !durationTarget) {
    if (before.endsWith('每')) return 'a frequency (times)';
    if (c.after === '以内' || c.after === '之内' || lex.timeTails.some((w) => rest.startsWith(w))) return 'a time expression (times)';
    if (unit === '年' && before.endsWith('近')) return 'a period (近三年)';
  }
  if ((unit === '年' || unit === '期') && lex.nameTails.some((w) => rest.startsWith(w))) return 'part of a programme name';
  const next = text[c.end] ?? '';
  if (c.han && c.digits === '一' && unit === '起' && !hasPrefixComparator(before, lex)) return '一起 (together)';
  if (c.han && c.digits === '一' && !lex.frequencyUnits.has(unit) && CJK.test(next) && !hasPrefixComparator(before, lex)) return 'indefinite 一 (一批, 一支队伍)';
  return undefined;
}

/** The clause a number stands in, up to it: from the last punctuation mark before it. */
export function clauseOf(before: string): string {
  for (let i = before.length - 1; i >= 0; i--) if (CLAUSE_END.test(before[i]!)) return before.slice(i + 1);
  return before;
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
