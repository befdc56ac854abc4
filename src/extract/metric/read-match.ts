import { parseChineseNumber } from '../numerals/parse-chinese-number.js';
import type { MetricLexicon } from './metric-lexicon.js';

/** One match of a metric rule, read into numbers; offsets absolute in the document. */
export type MetricCandidate = {
  rule: string;
  /** Start of the number (moves right when a fused year is cut off). */
  start: number;
  /** End of the unit, before any trailing qualifier. */
  coreEnd: number;
  /** End including the trailing qualifier (以上, 左右, …). */
  end: number;
  digits: string;
  han: boolean;
  value: number;
  max?: number;
  unit: string;
  baseUnit: string;
  factor: number;
  approx: boolean;
  after?: string;
  /** Set when a glued year was cut off the front (2022100% → 100%). */
  fused?: boolean;
};

const HAN_SCALE_TAIL = /(?<=.)[万亿]+$/u;

export function readMatch(m: RegExpExecArray, rule: { id: string; unit?: string }, base: number, lexicon: MetricLexicon): MetricCandidate | undefined {
  const g = m.groups ?? {};
  const start = base + m.index;
  const after = g.after;
  const end = start + m[0].length;
  const coreEnd = end - (after?.length ?? 0);
  if (rule.id === 'metric/percent-han') {
    const value = parseChineseNumber(g.han!);
    if (value === undefined) return undefined;
    const unit = rule.unit ?? '%';
    return { rule: rule.id, start, coreEnd, end, digits: g.han!, han: true, value, unit, baseUnit: unit, factor: 1, approx: false, after };
  }
  let digits = g.num ?? g.han!;
  let scale = g.scale ?? '';
  const han = g.num === undefined;
  if (han && !scale) {
    // 三千万元 is 3000 万元, as 3000万元 would be: a trailing 万/亿 joins the unit.
    const tail = HAN_SCALE_TAIL.exec(digits);
    if (tail) {
      scale = tail[0];
      digits = digits.slice(0, -scale.length);
    }
  }
  let maxDigits = g.max ?? g.hanMax;
  if (han && maxDigits !== undefined && scale && maxDigits.endsWith(scale)) maxDigits = maxDigits.slice(0, -scale.length);
  const value = parseChineseNumber(digits);
  const max = maxDigits === undefined ? undefined : parseChineseNumber(maxDigits);
  if (value === undefined || (maxDigits !== undefined && (max === undefined || max <= value))) return undefined;
  const printedUnit = g.unit!;
  if (g.unit1 !== undefined && g.unit1 !== printedUnit) return undefined; // 3年-5所 is not a range
  const factor = scale ? lexicon.scales.get(scale) : 1;
  if (factor === undefined) return undefined;
  return {
    rule: rule.id,
    start,
    coreEnd,
    end,
    digits,
    han,
    value,
    ...(max !== undefined ? { max } : {}),
    unit: scale + printedUnit,
    baseUnit: lexicon.baseUnits.get(printedUnit) ?? printedUnit,
    factor,
    approx: Boolean(g.approx ?? g.approx2),
    after,
  };
}

/** value × factor without binary noise: 2.2 × 1e8 is 220000000. */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}
