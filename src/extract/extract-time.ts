import type { DraftOf, Extractor } from './types.js';
import { timeLexicon } from './time/time-lexicon.js';
import { pickLongest } from './time/pick-longest.js';
import { POINT_RULES, readTime, type TimeMatch, type TimeReading } from './time/read-time.js';
import { afterTitle, insideQuote, insideTitle, isDueByContext, isDurationTarget, isOwnYear } from './time/time-context.js';
import { dueCells } from './time/due-cells.js';
import { execAll } from '../grammar/exec-all.js';

// Look-behinds in the rules need a few characters before the block (a year before 年底).
const LOOK_BEHIND = 8;
const JOIN_RULE = 'time-join/range';

/**
 * Times in a block: every rule's matches, leftmost-longest; dates inside titles and the plan's
 * own framing year dropped; two dates joined by 至/— made a period; each read into a kind and,
 * where it can be pinned, ISO dates relative to the plan's year (meta.year, never the clock).
 */
export const extractTimes: Extractor = (block, doc) => {
  const lex = timeLexicon(doc.grammars);
  const from = Math.max(0, block.start - LOOK_BEHIND);
  const text = doc.text.slice(from, block.end);
  const found: (TimeMatch & { order: number })[] = [];
  lex.rules.forEach(({ id, regex, requires }, order) => {
    if (requires && !requires.some((word) => text.includes(word))) return;
    for (const m of execAll(regex, text)) {
      if (m[0].length === 0) continue;
      const start = from + m.index;
      if (start >= block.start) found.push({ rule: id, start, end: start + m[0].length, groups: m.groups ?? {}, order });
    }
  });
  const refYear = doc.meta.year;
  const ownYears = titleYears(doc.meta.title, refYear);
  const kept = pickLongest(found).filter(
    (m) => !insideTitle(doc.text, m.start) && !(POINT_RULES.has(m.rule) && insideQuote(doc.text, m.start)) && !afterTitle(doc.text, m.start) && !isOwnYear(doc.text, m, ownYears, lex) && !isDurationTarget(doc.text, m, lex),
  );

  const out: DraftOf<'time'>[] = [];
  const deadlines = dueCells(doc);
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i]!;
    const inDueColumn = deadlines.some(([start, end]) => m.start >= start && m.end <= end);
    const dueByContext = inDueColumn || isDueByContext(doc.text, m.start, m.end, lex);
    const reading = readTime(m, lex, refYear, dueByContext);
    if (!reading || isIssueDate(m, reading, doc.meta.issueDate)) continue;
    // In a deadline column even a span (全年, 3—6月) is when the task must be done by.
    const finish = (r: TimeReading) => (inDueColumn && r.kind !== 'recurring' ? asDue(r) : r);
    const next = kept[i + 1];
    const range = next && reading.point ? joinRange(doc.text, m, reading, next, lex, refYear) : undefined;
    if (range) {
      out.push(draft(block.sectionId, m.start, next!.end, JOIN_RULE, finish(range)));
      i++;
      continue;
    }
    if (!dueByContext && (isFramingYear(doc.text, m, reading, ownYears) || isPageDate(m))) continue;
    // A phase with no end yet (（2022年5月1日—）): a period from that day.
    const open = reading.point?.stretch.from && /^[-—~]{1,2}[)]/u.test(doc.text.slice(m.end, m.end + 3)) ? /^[-—~]{1,2}/u.exec(doc.text.slice(m.end))![0] : undefined;
    if (open) {
      out.push(draft(block.sectionId, m.start, m.end + open.length, JOIN_RULE, { kind: 'period', normalized: { start: reading.point!.stretch.from! } }));
      continue;
    }
    if (PAGE_DATE_LABEL.test(doc.text.slice(Math.max(0, m.start - 8), m.start))) continue;
    // 全年 is the plan's own year: a time only where a deadline column gives it.
    if (m.rule === 'time/whole-year' && !inDueColumn) continue;
    out.push(draft(block.sectionId, m.start, m.end, m.rule, finish(reading)));
  }
  return out;
};

/** Two points joined by 至/—/到 are one period; the second inherits the first's year (2022年3月至6月). */
function joinRange(text: string, first: TimeMatch, reading: TimeReading, second: TimeMatch, lex: ReturnType<typeof timeLexicon>, refYear: number | undefined): TimeReading | undefined {
  if (!POINT_RULES.has(second.rule)) return undefined;
  // The joiner is either between the two or was read as the second one's lead (至6月).
  const join = lex.rangeJoin;
  join.lastIndex = first.end;
  const m = join.exec(text);
  const joined = m !== null && (m.index + m[0].length === second.start || (m.index === second.start && second.groups.lead === m[0]));
  if (!joined || first.groups.tail || first.groups.lead) return undefined;
  const end = readTime(second, lex, refYear, false, reading.point!.year);
  if (!end?.point) return undefined;
  const start = reading.point!.stretch.from;
  const last = end.point.stretch.to;
  if (start && last && last < start) return undefined;
  return { kind: 'period', ...(start || last ? { normalized: { ...(start ? { start } : {}), ...(last ? { end: last } : {}) } } : {}) };
}

function draft(sectionId: string, start: number, end: number, rule: string, reading: TimeReading): DraftOf<'time'> {
  return { entity: 'time', start, end, sectionId, rule, kind: reading.kind, ...(reading.normalized ? { normalized: reading.normalized } : {}) };
}

/**
 * A bare year (2023年, 今年, 明年) that neither a deadline nor a comparison needs only frames its
 * sentence (2023年君山片区安全生产工作的主要任务…, 今年要重点做好…): not a time. 较2013年,
 * 比上年 (a comparison's base) and 到2025年 (a deadline) stay.
 */
function isFramingYear(text: string, m: TimeMatch, reading: TimeReading, ownYears: ReadonlySet<number>): boolean {
  const g = m.groups;
  const year = reading.point?.year;
  // 特制定2023年度禁毒工作方案: the plan's own year in its own name.
  const ownYearWord = (g.part === '年度' || g.part === '度') && year !== undefined && ownYears.has(year) && OWN_NAME.test(text.slice(m.end, m.end + 14));
  if (m.rule !== 'time/year' || (g.part && !ownYearWord) || g.pos || g.tail || g.lead) return false;
  if (/(?:较|比|同比|与|相比|对比|环比)$/u.test(text.slice(Math.max(0, m.start - 2), m.start))) return false;
  // The plan's own years anywhere (现就2016年工作要点…, its own name), or any year that opens a clause (2015年，推进…).
  return (year !== undefined && ownYears.has(year)) || /(?:^|[。,;:!?\n\s])$/u.test(text.slice(Math.max(0, m.start - 1), m.start));
}

/**
 * The years a plan is of: its year, and every year its title names — a title that is a summary
 * and a plan at once (2020年工作总结暨2021年工作计划) frames its summary part with the other.
 */
function titleYears(title: string | undefined, year: number | undefined): ReadonlySet<number> {
  const years = new Set<number>(year === undefined ? [] : [year]);
  for (const m of (title ?? '').matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?=年)/gu)) years.add(Number(m[1]));
  return years;
}

/** What follows a year when it names the plan itself: a few words and a document type. */
const OWN_NAME = /^[\u4e00-\u9fa5“”]{0,10}?(?:工作要点|工作计划|工作方案|实施方案|行动方案|工作安排)/u;

/** A date after a page's label (发布时间：2023年3月1日, 上传日期:) is when a site published it. */
const PAGE_DATE_LABEL = /(?:发布|更新|上传|发表|公开|成文|印发)?(?:时间|日期)[:][ \t]*$/u;

/** A numeric date with nothing around it (2018-01-09) is a page's date run into the text, not the plan's. */
function isPageDate(m: TimeMatch): boolean {
  return m.rule === 'time/numeric-date' && !m.groups.tail && !m.groups.lead;
}

/** The issue date is meta.issueDate, not a time, even where it stands inside a block. */
function isIssueDate(m: TimeMatch, reading: TimeReading, issueDate: string | undefined): boolean {
  return issueDate !== undefined && m.groups.day !== undefined && !m.groups.tail && !m.groups.lead && reading.normalized?.start === issueDate;
}

function asDue(reading: TimeReading): TimeReading {
  if (reading.kind === 'due') return reading;
  const end = reading.normalized?.end;
  return { kind: 'due', ...(end ? { normalized: { end } } : {}), ...(reading.point ? { point: reading.point } : {}) };
}
