import type { Time } from '../../schema/index.js';
import { parseChineseNumber } from '../numerals/parse-chinese-number.js';
import { dayBefore, isoDate, isRealDate, lastDayOf, resolveMonthDay } from './calendar.js';
import type { TimeLexicon, YearPart } from './time-lexicon.js';

export type TimeMatch = {
  rule: string;
  start: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
};

/** A calendar stretch a printed date stands for. */
export type Stretch = { from?: string; to?: string; dueAt: 'start' | 'end' };

export type TimeReading = {
  kind: Time['kind'];
  normalized?: NonNullable<Time['normalized']>;
  /** For a point in time (a day, month, year or part of one): the stretch and its year. */
  point?: { stretch: Stretch; year?: number };
};

/** Rules whose matches name a point or stretch of the calendar (and may be joined into ranges). */
export const POINT_RULES: ReadonlySet<string> = new Set(['time/full-date', 'time/numeric-date', 'time/month', 'time/year', 'time/yearless-part', 'time/term-start', 'time/holiday']);

const DUE_TAILS = new Set(['前', '以前', '之前', '内']);
const START_TAILS = new Set(['起', '以来']);
const DIGITS = '〇一二三四五六七八九';

export function parseYear(printed: string): number {
  return /^\d+$/.test(printed) ? Number(printed) : Number([...printed].map((c) => (c === '零' ? 0 : DIGITS.indexOf(c))).join(''));
}

function count(printed: string | undefined): number | undefined {
  if (printed === undefined) return 1;
  if (printed === '半') return 0.5;
  return /^\d+$/.test(printed) ? Number(printed) : parseChineseNumber(printed);
}

/** The year a point refers to: printed, relative to the plan's year, or the plan's (or a range start's) year. */
function yearOf(g: TimeMatch['groups'], lex: TimeLexicon, refYear: number | undefined, inherited: number | undefined): number | undefined {
  if (g.year) return parseYear(g.year);
  if (g.rel) return refYear === undefined ? undefined : refYear + (lex.relativeYears.get(g.rel) ?? 0);
  return inherited ?? refYear;
}

function stretchOf(m: TimeMatch, lex: TimeLexicon, year: number | undefined): Stretch {
  const g = m.groups;
  const part: YearPart | undefined = g.part ? lex.yearParts.get(g.part) : undefined;
  // 秋季学期末 is the end of the term even though a deadline at 秋季学期 means its start.
  const dueAt = g.pos === '末' || g.pos === '底' ? 'end' : (part?.dueAt ?? 'end');
  if (year === undefined) return { dueAt };
  if (g.month) {
    const month = count(g.month);
    if (month === undefined || month < 1 || month > 12 || !Number.isInteger(month)) return { dueAt };
    if (g.day) {
      const day = count(g.day);
      if (day === undefined || !isRealDate(year, month, day)) return { dueAt };
      const iso = isoDate(year, month, day);
      return { from: iso, to: iso, dueAt };
    }
    const [first, last] = (g.pos && lex.monthPositions.get(g.pos)) || ['01', 'L'];
    const day = (spec: string) => (spec === 'L' ? lastDayOf(year, month) : Number(spec));
    return { from: isoDate(year, month, day(first)), to: isoDate(year, month, day(last)), dueAt };
  }
  if (g.part) {
    if (!part?.from || !part.to) return { dueAt };
    return { from: resolveMonthDay(part.from, year), to: resolveMonthDay(part.to, year), dueAt };
  }
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31), dueAt };
}

/** Kind and calendar of a point: a date unless its words make it a deadline or a start. */
function readPoint(m: TimeMatch, lex: TimeLexicon, refYear: number | undefined, dueByContext: boolean, inherited?: number): TimeReading {
  const g = m.groups;
  const year = yearOf(g, lex, refYear, inherited);
  const stretch = stretchOf(m, lex, year);
  const point = { stretch, ...(year !== undefined ? { year } : {}) };
  const tail = g.tail ?? '';
  const part = g.part ? lex.yearParts.get(g.part) : undefined;
  if (START_TAILS.has(tail)) return { kind: 'period', ...normalized({ start: stretch.from }), point };
  if (tail === '期间' || tail === '前后') return { kind: 'period', ...normalized({ start: stretch.from, end: stretch.to }), point };
  const due = DUE_TAILS.has(tail) || g.lead !== undefined || part?.due === true || g.pos === '底' || g.pos === '末' || (dueByContext && tail !== '初');
  if (due) {
    const before = tail !== '' && tail !== '内';
    const end = stretch.dueAt === 'start' ? (before && stretch.from ? dayBefore(stretch.from) : stretch.from) : stretch.to;
    return { kind: 'due', ...normalized({ end }), point };
  }
  return { kind: 'date', ...normalized({ start: stretch.from, end: stretch.to }), point };
}

function normalized(n: { start?: string | undefined; end?: string | undefined; every?: string | undefined }): Pick<TimeReading, 'normalized'> {
  const out: NonNullable<Time['normalized']> = {};
  if (n.start) out.start = n.start;
  if (n.end) out.end = n.end;
  if (n.every) out.every = n.every;
  return Object.keys(out).length > 0 ? { normalized: out } : {};
}

/** Every n units: P1Y with n = 2 is P2Y. */
function everyOf(lex: TimeLexicon, unit: string | undefined, n: number | undefined): string | undefined {
  const base = unit ? lex.every.get(unit) : undefined;
  if (!base || n === undefined || n === 1) return base;
  const m = /^P1([YMWD])$/.exec(base);
  return m && Number.isInteger(n) ? `P${n}${m[1]}` : undefined;
}

/** First year of the Nth five-year plan (the third ran 1966–1970; the 1963–65 adjustment broke the series). */
function fiveYearPlanStart(printed: string): number | undefined {
  const n = parseChineseNumber(printed.slice(0, -1));
  return n !== undefined && n >= 3 ? 1966 + 5 * (n - 3) : undefined;
}

/**
 * Reads one match: its kind and, where the calendar can be pinned, ISO dates relative to the
 * plan's own year. Undefined when the match turns out not to be a time (2025—2021).
 */
export function readTime(m: TimeMatch, lex: TimeLexicon, refYear: number | undefined, dueByContext: boolean, inheritedYear?: number): TimeReading | undefined {
  const g = m.groups;
  // Before holidays in general (节假日前, 节假日期间): before each of them, so a recurrence.
  if (m.rule === 'time/holiday' && g.part === '节假日') return { kind: 'recurring' };
  if (POINT_RULES.has(m.rule)) return readPoint(m, lex, refYear, dueByContext, inheritedYear);
  switch (m.rule) {
    case 'time/within-year':
      return { kind: 'due', ...normalized({ end: refYear === undefined ? undefined : isoDate(refYear, 12, 31) }) };
    case 'time/day-range': {
      const year = g.year ? parseYear(g.year) : g.rel ? yearOf(g, lex, refYear, undefined) : refYear;
      const month = count(g.month);
      const first = count(g.day);
      const last = count(g.day2);
      if (month === undefined || first === undefined || last === undefined || !(last > first)) return undefined;
      if (year === undefined) return { kind: 'period' };
      if (!isRealDate(year, month, first) || !isRealDate(year, month, last)) return undefined;
      return { kind: 'period', ...normalized({ start: isoDate(year, month, first), end: isoDate(year, month, last) }) };
    }
    case 'time/month-range': {
      const year = g.year ? parseYear(g.year) : refYear;
      const first = count(g.month);
      const last = count(g.month2);
      if (first === undefined || last === undefined || !(last > first) || last > 12) return undefined;
      if (year === undefined) return { kind: 'period' };
      return { kind: 'period', ...normalized({ start: isoDate(year, first, 1), end: isoDate(year, last, lastDayOf(year, last)) }) };
    }
    case 'time/whole-year':
      return { kind: 'period', ...normalized(refYear === undefined ? {} : { start: isoDate(refYear, 1, 1), end: isoDate(refYear, 12, 31) }) };
    case 'time/within': {
      const n = count(g.n);
      if (refYear === undefined || n === undefined || (g.unit !== '年' && g.unit !== '学年')) return { kind: 'period' };
      if (n === 0.5) return { kind: 'period', ...normalized({ start: isoDate(refYear, 1, 1), end: isoDate(refYear, 6, 30) }) };
      if (!Number.isInteger(n) || n < 1) return { kind: 'period' };
      return { kind: 'period', ...normalized({ start: isoDate(refYear, 1, 1), end: isoDate(refYear + n - 1, 12, 31) }) };
    }
    case 'time/recent':
    case 'time/since':
    case 'time/duration':
      return { kind: 'period' };
    case 'time/year-range': {
      const from = parseYear(g.year!);
      const to = parseYear(g.year2!);
      if (!(to > from && to - from <= 30)) return undefined;
      const school = g.unit?.startsWith('学年') === true;
      return { kind: 'period', ...normalized(school ? { start: isoDate(from, 9, 1), end: isoDate(to, 8, 31) } : { start: isoDate(from, 1, 1), end: isoDate(to, 12, 31) }) };
    }
    case 'time/five-year-plan': {
      const start = fiveYearPlanStart(g.fyp!);
      const first = start === undefined ? undefined : isoDate(start, 1, 1);
      const last = start === undefined ? undefined : isoDate(start + 4, 12, 31);
      if (g.part === '末' || g.part === '末期') return { kind: 'due', ...normalized({ end: last }) };
      if (g.part === '以来') return { kind: 'period', ...normalized({ start: first }) };
      return { kind: 'period', ...normalized({ start: first, end: last }) };
    }
    case 'time/every':
      return { kind: 'recurring', ...normalized({ every: everyOf(lex, g.unit, count(g.n)) }) };
    case 'time/one-per':
      return { kind: 'recurring', ...normalized({ every: everyOf(lex, g.unit, 1) }) };
    default:
      return undefined;
  }
}
