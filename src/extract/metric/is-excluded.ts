import type { MetricCandidate } from './read-match.js';
import type { MetricLexicon } from './metric-lexicon.js';

const CJK = /[\u3400-\u9fff]/u;
const DIGIT_BY_DIGIT = /^[〇零一二两三四五六七八九]{2,}$/u;
const BARE_SCALE = /^[十百千万亿]$/u;
// Marks that end a clause: what stands before one belongs to another statement.
const CLAUSE_END = new Set(',，。;；:：!！?？、\n');
// Up to four characters of a name between a duration and the noun that names the programme
// (三年绿荫行动, 五年实施方案): Han characters, but not 的/和/及, which join a new phrase.
const NAME_GAP = 4;
// 第二、三类: the 第 of the first ordinal governs the ones listed after it.
const ORDINAL_LIST = /第[\d一二三四五六七八九十]{1,3}(?:、[\d一二三四五六七八九十]{1,3}){0,4}、$/u;
// Slogans of the N大X form (两大战略, 四大工程) make a slogan of a count listed with them.
const SLOGAN_LIST_BEFORE = /[一二两三四五六七八九十]大[\u3400-\u9fff]{1,4}、$/u;
const SLOGAN_LIST_AFTER = /^[\u3400-\u9fff]{1,4}、[一二两三四五六七八九十]大[\u3400-\u9fff]/u;
// 一名党员就是一面旗帜, 一个支部就是一个堡垒: a saying, not a count.
const SAYING = /^[\u3400-\u9fff]{1,6}就?是一/u;

/**
 * Why a matched number is not a metric, or undefined when it is one. Checks only the
 * text around the match; word boundaries and the word after a count in words are checked
 * against jieba separately (see countHead).
 */
export function isExcluded(text: string, c: MetricCandidate, lex: MetricLexicon): string | undefined {
  // Space a conversion left before the number does not hide the word before it (第 3 名).
  const before = text.slice(Math.max(0, c.start - 80), c.start).replace(/[ \t]+$/u, '');
  const rest = text.slice(c.coreEnd, c.coreEnd + 12);
  const ahead = text.slice(c.end, c.end + 12);
  const unit = c.readUnit;
  if (c.gap?.includes('\n') && /(?:^|\n)[ \t-]*$/u.test(before)) return 'a number alone on its line (page or row number)';
  if (insidePair(before, '《', '》')) return 'inside a 《》 title';
  if (insidePair(before.slice(-30), '“', '”') && (text.slice(c.end, c.end + 30).includes('”') || lineEndsAt(text, c.end))) return 'inside a quoted slogan or name';
  if (lex.ordinalBefore.some((w) => before.endsWith(w)) || ORDINAL_LIST.test(before)) return 'ordinal';
  if (c.han && (SLOGAN_LIST_BEFORE.test(before) || SLOGAN_LIST_AFTER.test(ahead))) return 'in an enumeration of slogans (两大战略、四大工程、三个区建设)';
  const fromStart = text.slice(c.start, c.start + 8);
  if (lex.setPhrases.some((w) => fromStart.startsWith(w))) return 'set phrase';
  if ((unit === '个' || unit === '项') && lex.sloganHeads.some((w) => rest.startsWith(w))) return 'slogan (N个 + head)';
  if (c.han && (DIGIT_BY_DIGIT.test(c.digits) || BARE_SCALE.test(c.digits) || c.digits === '二')) return 'year digits, bare scale or 二 as an ordinal';
  if (c.han && (unit === '分' || unit === '本')) return '十分, 一本 are words';
  if (!c.han && isYear(c.digits) && (unit === '年' || unit === '起' || (c.rule === 'metric/bare-limit' && !c.digits.includes('.'))) && (c.max === undefined || c.max >= 1900)) return 'a year (2022年, 自2022起)';
  if (unit === '日' && before.endsWith('月')) return 'a date';
  const timeReason = timeExpression(before, rest, ahead, c, lex);
  if (timeReason) return timeReason;
  if ((unit === '年' || unit === '期') && namesProgramme(text, c.end, lex)) return 'part of a programme name';
  if (unit === '次' && lex.sessionTails.some((w) => rest.startsWith(w)) && (rest.startsWith('全会') || clauseOf(before).includes('届'))) return 'a session number (十九届中央纪委三次全会)';
  if (unit === '条' && lex.packageNouns.some((w) => rest.startsWith(w)) && lex.citingVerbs.some((w) => clauseOf(before).includes(w))) return 'part of the name of a package of measures';
  if (lex.nameNouns.some((w) => ahead.startsWith(w))) return 'part of a policy name';
  return c.han && c.digits === '一' ? indefiniteOne(text, before, c, lex) : undefined;
}

/** Durations and frequencies that the times extractor owns (1年内, 每3年, 用5年时间, 近三年). */
function timeExpression(before: string, rest: string, ahead: string, c: MetricCandidate, lex: MetricLexicon): string | undefined {
  // 压缩至1个工作日以内 is a target duration; 1年内有效减轻 is a span of time.
  if (!lex.timeUnits.has(c.baseUnit) || lex.durationTargets.some((w) => before.endsWith(w))) return undefined;
  if (before.endsWith('每')) return 'a frequency (times)';
  if (c.after === '以内' || c.after === '之内') return 'a time expression (times)';
  // 三年左右时间: the tail may follow the qualifier.
  if (lex.timeTails.some((w) => rest.startsWith(w) || ahead.startsWith(w))) return 'a time expression (times)';
  if (lex.periodBefore.some((w) => before.endsWith(w))) return 'a period (近三年, 未来5年)';
  if (c.readUnit === '年' && c.han && c.digits === '一' && lex.yearQualifiers.some((w) => before.endsWith(w))) return 'a characterisation of the year (关键一年)';
  return undefined;
}

/** 三年行动计划, 三年绿荫行动, 15年免费教育: a programme noun right after the duration or a few characters on. */
function namesProgramme(text: string, end: number, lex: MetricLexicon): boolean {
  for (let k = 0; k <= NAME_GAP; k++) {
    if (lex.nameTails.some((w) => text.startsWith(w, end + k))) return true;
    const ch = text[end + k] ?? '';
    if (!CJK.test(ch) || ch === '的' || ch === '和' || ch === '及') return false;
  }
  return false;
}

/**
 * 一 before a measure word is often the indefinite article (一支队伍, 一项重要内容) or an idiom
 * (不漏一人, 一村一品). Counts of concrete things (一名分管领导) are kept here and checked
 * against jieba's next word by countHead.
 */
function indefiniteOne(text: string, before: string, c: MetricCandidate, lex: MetricLexicon): string | undefined {
  const next = text[c.end] ?? '';
  const compared = lex.before.some((b) => before.endsWith(b.word));
  if (lex.indefiniteBefore.some((w) => before.endsWith(w))) return 'indefinite 一 or an idiom (作为一名, 不漏一人)';
  if (next === '一') return 'a slogan (一村一品, 一人一档)';
  if (SAYING.test(text.slice(c.end, c.end + 10))) return 'a saying (一名党员就是一面旗帜)';
  if (c.readUnit === '起' && !compared) return '一起 (together)';
  if (!lex.frequencyUnits.has(c.readUnit) && !lex.countUnits.has(c.readUnit) && CJK.test(next) && !compared) return 'indefinite 一 (一批, 一支队伍)';
  return undefined;
}

/** The clause a number stands in, up to it: from the last punctuation mark before it. */
export function clauseOf(before: string): string {
  for (let i = before.length - 1; i >= 0; i--) if (CLAUSE_END.has(before[i]!)) return before.slice(i + 1);
  return before;
}

function insidePair(before: string, open: string, close: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return line.lastIndexOf(open) > line.lastIndexOf(close);
}

/** Nothing but white space between `offset` and the end of its line (a quote cut off by the page). */
function lineEndsAt(text: string, offset: number): boolean {
  const lineEnd = text.indexOf('\n', offset);
  return text.slice(offset, lineEnd < 0 ? text.length : lineEnd).trim() === '';
}

function isYear(digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits);
}
