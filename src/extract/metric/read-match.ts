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
  max?: number | undefined;
  /** The unit as printed (traditional characters kept), with its scale and denominator. */
  unit: string;
  /** The unit read (simplified), without scale: what the context checks compare against. */
  readUnit: string;
  baseUnit: string;
  factor: number;
  approx: boolean;
  after?: string | undefined;
  /** Set when a glued year was cut off the front (2022100% → 100%). */
  fused?: boolean;
  /** Set when space or a line break stands between the number and its unit (77.2 %). */
  gap?: string | undefined;
};

type Rule = MetricLexicon['rules'][number];

const HAN_SCALE_TAIL = /(?<=.)[万亿]+$/u;

/** The two texts of a document: as printed, and normalised (same offsets) for matching. */
export type Texts = { text: string; original: string };

/**
 * Reads one match; the unit is reported as printed (22條, 15分鐘), with full-width signs
 * folded as everywhere else (％ → %).
 */
export function readMatch(m: RegExpExecArray, rule: Rule, base: number, lexicon: MetricLexicon, texts: Texts): MetricCandidate | undefined {
  const g = m.groups ?? {};
  const start = base + m.index;
  const after = g.after;
  const end = start + m[0].length;
  const coreEnd = end - (after?.length ?? 0);
  // One shape for every candidate (no spreads): this runs on every number with a unit.
  const plain = (digits: string, han: boolean, value: number, unit: string): MetricCandidate => ({
    rule: rule.id, start, coreEnd, end, digits, han, value, max: undefined, unit, readUnit: unit, baseUnit: unit, factor: 1, approx: false, after, gap: undefined,
  });
  if (rule.id === 'metric/percent-han') {
    const value = parseChineseNumber(g.han!);
    const unit = rule.units?.[g.prefix!];
    if (value === undefined || unit === undefined) return undefined;
    return plain(g.han!, true, value, unit);
  }
  if (rule.id === 'metric/fraction' || rule.id === 'metric/fraction-han') {
    // A share printed as a fraction is a plain number: no unit is printed, none is invented.
    const numerator = parseChineseNumber(g.num ?? g.han!);
    const denominator = parseChineseNumber(g.den!);
    if (numerator === undefined || denominator === undefined || numerator <= 0 || denominator < 2 || numerator >= denominator || denominator > 100) return undefined;
    const value = scaled(numerator / denominator, 1);
    return plain(m[0].slice(0, coreEnd - start), g.han !== undefined, value, '');
  }
  if (rule.id === 'metric/bare-limit') return { ...plain(g.num!, false, Number(g.num), ''), start: start + g.lead!.length };
  let digits = g.num ?? g.han!;
  let scale = g.scale ?? '';
  const han = g.num === undefined;
  // The unit and its denominator end where the qualifier begins; the scale stands before the
  // unit (behind 余 in 3万余元), or ends a number in words. Offsets are worked out from the
  // groups' lengths: asking the expression for indices (flag d) costs on every match.
  const per = g.per ?? '';
  const unitAt = coreEnd - per.length - g.unit!.length;
  let scaleAt = unitAt - (g.approx2?.length ?? 0) - scale.length;
  if (han && !scale) {
    // 三千万元 is 3000 万元, as 3000万元 would be: a trailing 万/亿 joins the unit.
    const tail = HAN_SCALE_TAIL.exec(digits);
    if (tail) {
      scale = tail[0];
      digits = digits.slice(0, -scale.length);
      scaleAt = start + g.han!.length - scale.length;
    }
  }
  let maxDigits = g.max ?? g.hanMax;
  if (han && maxDigits !== undefined && scale && maxDigits.endsWith(scale)) maxDigits = maxDigits.slice(0, -scale.length);
  const magnitude = parseChineseNumber(digits);
  const max = maxDigits === undefined ? undefined : parseChineseNumber(maxDigits);
  if (magnitude === undefined || (maxDigits !== undefined && (max === undefined || max <= magnitude))) return undefined;
  const readUnit = g.unit!;
  if (g.unit1 !== undefined && g.unit1 !== readUnit) return undefined; // 3年-5所 is not a range
  const scaleFactor = scale ? lexicon.scales.get(scale) : 1;
  if (scaleFactor === undefined) return undefined;
  return {
    rule: rule.id,
    start,
    coreEnd,
    end,
    digits,
    han,
    value: g.sign ? -magnitude : magnitude,
    max,
    unit: asPrinted(texts, scaleAt, scaleAt + scale.length) + asPrinted(texts, unitAt, coreEnd),
    readUnit,
    baseUnit: (lexicon.baseUnits.get(readUnit) ?? readUnit) + per,
    factor: scaleFactor * (lexicon.unitFactors.get(readUnit) ?? 1),
    approx: Boolean(g.approx ?? g.approx2),
    after,
    gap: g.gap,
  };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Han characters as printed (traditional stays traditional), everything else as normalised (％ → %). */
function asPrinted({ text, original }: Texts, from: number, to: number): string {
  const read = text.slice(from, to);
  if (text === original || original.startsWith(read, from)) return read;
  let out = '';
  for (let i = from; i < to; i++) out += HAN.test(original[i]!) ? original[i] : text[i];
  return out;
}

/** value × factor without binary noise: 2.2 × 1e8 is 220000000. */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}
