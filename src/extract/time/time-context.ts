import type { TimeLexicon } from './time-lexicon.js';
import type { TimeMatch } from './read-time.js';
import { parseYear } from './read-time.js';

const CLAUSE_END = /[，。；;,：:！？!?\n]/u;

/** The clause after a time, up to its first punctuation. */
function clauseAfter(text: string, end: number, length: number): string {
  const after = text.slice(end, end + length);
  const cut = after.search(CLAUSE_END);
  return cut < 0 ? after : after.slice(0, cut);
}

/** Characters that make a word with 开 (公开, 展开, 召开, 离开, 打开, 分开, 放开). */
const OPEN_WORDS = /[公展召离打分放]/u;

/**
 * Whether the words around a date make it a deadline: 确保/力争 just before it (在/于 may
 * stand between), or a completing verb early in the clause after it (2022年秋季投入使用).
 */
export function isDueByContext(text: string, start: number, end: number, lex: TimeLexicon): boolean {
  const before = text.slice(Math.max(0, start - 8), start).replace(/[在于到]$/u, '');
  if (lex.dueBefore.some((w) => before.endsWith(w))) return true;
  const clause = clauseAfter(text, end, 12);
  return lex.dueAfter.some((w) => {
    const at = clause.indexOf(w);
    // 开工 inside 公开工作 or 展开工作 is no start of works.
    return at >= 0 && at <= 6 && !(w.startsWith('开') && OPEN_WORDS.test(clause.slice(at - 1, at)));
  });
}

/**
 * The plan's own year (or another its title names) where it frames the plan rather than dates a
 * task: 2022年，全县教育工作…, 2023年是…, 2022年教育工作的总体要求. Only a bare year (no part,
 * lead or tail) can be this.
 */
export function isOwnYear(text: string, m: TimeMatch, ownYears: ReadonlySet<number>, lex: TimeLexicon): boolean {
  const g = m.groups;
  if (m.rule !== 'time/year' || !g.year || g.part || g.tail || g.lead) return false;
  const year = parseYear(g.year);
  if (!ownYears.has(year)) return false;
  const after = text.slice(m.end, m.end + 12);
  if (lex.ownYearNext.some((w) => after.startsWith(w))) return true;
  const clause = clauseAfter(text, m.end, 8);
  return lex.ownYearTopics.some((w) => clause.includes(w));
}

/** 压缩至1个工作日以内: a duration that is a target value is a metric, not a span of time. */
export function isDurationTarget(text: string, m: TimeMatch, lex: TimeLexicon): boolean {
  if (m.rule !== 'time/within') return false;
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  return lex.durationTargets.some((w) => before.endsWith(w));
}

/**
 * Inside a 《》 title on the same line: an opening mark before the offset with no closing one
 * between. Titles run at most 80 characters (as in policy/title), so the look-back is bounded.
 */
export function insideTitle(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 80), at);
  const open = window.lastIndexOf('《');
  return open >= 0 && !window.slice(open).includes('》') && !window.slice(open).includes('\n');
}

/** Inside a quoted name on the same line (“2023年中国考古新发现”): a date there is part of a name (a quoted slogan like “一季度一主题” still recurs). */
export function insideQuote(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  const open = window.lastIndexOf('“');
  return open >= 0 && !window.slice(open).includes('”') && !window.slice(open).includes('\n');
}

/** Years printed in brackets right after a title belong to it: 《…规划》（2021—2025年）. */
export function afterTitle(text: string, start: number): boolean {
  return /》[(（]$/u.test(text.slice(Math.max(0, start - 2), start));
}
