import type { Grammars } from '../grammar/compile.js';
import { isBlank, type Line } from './lines.js';
import { findMarker } from './find-marker.js';
import { isOrgLine } from './classify-line.js';

/**
 * A line, or a piece of a long one. `soft` segments start inside a printed line: what they
 * open (a heading marker, a title) is weaker evidence than the same at a line start.
 */
export type Segment = Line & {
  soft: boolean;
  /** Starts at a heading marker run into the word before it (…单位一、加强…): weaker still. */
  glued?: boolean;
};

/** Lines up to this long are kept whole: a long one is a paragraph run together, or a page. */
const SEGMENT_LONGER_THAN = 160;
const SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/;
const SENTENCE_END = /[。!?]/;
const HAN = /[\u4e00-\u9fa5]/;
/** A full date at a segment's start (a signature's date, run into what follows). */
const LEADING_DATE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/u;

/**
 * Cuts long lines into segments, so that a document published as one long line (crawlers,
 * Word-to-text, text copied from a page) is seen as lines by front matter, outline and back
 * matter alike. A long line is cut after a sentence end, at white space (a crawler turns line
 * breaks into spaces), and before a heading marker run into the text before it. Segments
 * tile their line: offsets still point into the original text.
 */
export function segmentLines(lines: readonly Line[], text: string, grammars: Grammars): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    const short = line.contentEnd - line.contentStart <= SEGMENT_LONGER_THAN;
    if (isBlank(line) || (short && !SPACED_MARKER.test(text.slice(line.contentStart, line.contentEnd)))) {
      out.push({ ...line, soft: false });
      continue;
    }
    // A short line is cut only where a heading marker follows a space (一、总体要求 二、主要任务 （一）…).
    const cuts = short ? spacedMarkerCuts(text, line.contentStart, line.contentEnd, grammars) : cutsOf(text, line.contentStart, line.contentEnd, grammars);
    let from = line.start;
    let glued = false;
    cuts.forEach((cut, i) => {
      out.push({ ...piece(text, from, cut.at, cut.at, i > 0), ...(glued ? { glued } : {}) });
      from = cut.at;
      glued = cut.glued;
    });
    out.push({ ...piece(text, from, line.end, line.next, cuts.length > 0), ...(glued ? { glued } : {}) });
  }
  return out;
}

/** A heading marker after white space inside a line: an outline printed on one line. */
const SPACED_MARKER = /\S[ \t\u3000\u00a0]+(?:(?:19|20)\d{2}年\d{1,2}月|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d))\S/u;

function spacedMarkerCuts(text: string, from: number, to: number, grammars: Grammars): Cut[] {
  const cuts: Cut[] = [];
  const re = /[ \t\u3000\u00a0]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= to || m.index === from) continue;
    const marker = findMarker(text.slice(at, Math.min(to, at + 12)), grammars, false, false);
    const head = text.slice(cuts[cuts.length - 1]?.at ?? from, m.index);
    const lone = findMarker(head, grammars, false, false);
    // Not the space after a marker (一、 总体要求), and only before a marker, or before the date
    // of a signature printed on its line (国务院办公厅 2016年4月27日).
    const date = LEADING_DATE.exec(text.slice(at, at + 12));
    const dated = date !== null && text.slice(at + date[0].length, to).trim() === '' && isOrgLine(head.trim(), grammars);
    if (((marker && marker.start === 0) || dated) && HAN.test(head) && !(lone && lone.titleStart >= head.length)) cuts.push({ at, glued: false });
  }
  return cuts;
}

/** Where a heading marker can start: ( 〔 一…十 0-9 ①-⑳ 第, by character code. */
function markerStart(code: number): boolean {
  return code === 0x28 || code === 0x3014 || (code >= 0x30 && code <= 0x39) || (code >= 0x2460 && code <= 0x2473) || code === 0x7b2c || HAN_NUMERALS.has(code);
}
const HAN_NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** Closing quotes and brackets that stay with the sentence they end: ” ’ " ) ） 】 」 』. */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0x22 || code === 0x29 || code === 0xff09 || code === 0x3011 || code === 0x300d || code === 0x300f;
}

/** Marks before which a heading marker starts a new segment even without a space: 。 ; : ! ? , ” " ) ）. */
function isBeforeMarker(code: number): boolean {
  return code === 0x3002 || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x2c || code === 0x201d || code === 0x22 || code === 0x29 || code === 0xff09;
}

/** White space as SPACE matches it, by character code. */
function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

function piece(text: string, start: number, end: number, next: number, soft: boolean): Segment {
  let contentStart = start;
  while (contentStart < end && SPACE.test(text[contentStart]!)) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && SPACE.test(text[contentEnd - 1]!)) contentEnd--;
  return { start, end, next, contentStart, contentEnd, soft };
}

type Cut = { at: number; glued: boolean };

/** Where a long line is cut: each cut is where the next segment starts. */
function cutsOf(text: string, from: number, to: number, grammars: Grammars): Cut[] {
  const cuts: Cut[] = [];
  let segmentStart = from;
  // Cuts decided by how a segment starts (a date, a 文号, a title run into the next sentence).
  let startCut = openingCut(text, from, to, grammars);
  const cut = (at: number, glued = false) => {
    if (at > segmentStart && at < to) {
      cuts.push({ at, glued });
      segmentStart = at;
      startCut = openingCut(text, at, to, grammars);
    }
  };
  for (let p = from + 1; p < to; p++) {
    const code = text.charCodeAt(p);
    const beforeCode = text.charCodeAt(p - 1);
    if (p === startCut) {
      cut(p);
      continue;
    }
    // Character codes, not regexes: this loop visits every character of every long line.
    if (beforeCode === 0x3002 || beforeCode === 0x21 || beforeCode === 0x3f) {
      let q = p;
      while (q < to && isCloser(text.charCodeAt(q))) q++;
      if (q < to) cut(q);
      p = q;
      continue;
    }
    if (isSpace(code)) {
      let q = p;
      while (q < to && isSpace(text.charCodeAt(q))) q++;
      if (q < to && spaceSeparates(text, segmentStart, p, q, grammars)) cut(q);
      p = q - 1;
      continue;
    }
    const beforeHan = beforeCode >= 0x4e00 && beforeCode <= 0x9fa5;
    if (markerStart(code) && (beforeHan || isBeforeMarker(beforeCode)) && markerRunsIn(text, p, to, text[p - 1]!, grammars)) cut(p, beforeHan);
    else if (beforeCode === 0x3a && p - segmentStart <= 120 && isAddressees(text.slice(segmentStart, p), grammars)) cut(p);
    else if (beforeCode === 0x77e5 && p - segmentStart <= 150 && code >= 0x4e00 && code <= 0x9fa5 && endsNoticeTitle(text.slice(segmentStart, p))) cut(p);
    else if (beforeHan && ((code >= 0x30 && code <= 0x39) || code === 0x3007 || code === 0x96f6 || code === 0x4e00 || code === 0x4e8c) && p - segmentStart <= 60 && LEADING_DATE.test(text.slice(p, p + 12)) && isOrgLine(text.slice(segmentStart, p).trim(), grammars)) cut(p);
  }
  return cuts;
}

/** A 文号 a segment opens with, run into the notice title after it (岚综管办〔2015〕70号平潭…). */
const LEADING_DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔\[(]\d{4}[〕\])]\d{1,4}号(?=[\u4e00-\u9fa5])/u;
/** A note in brackets after a signature's date: (联系人:陈香，联系电话:24203388). */
const LEADING_NOTE = /^[(](?:联系|此件|请|注)[^()]{0,60}[)](?=[\u4e00-\u9fa5])/u;

/** Where the segment starting at `start` is cut because of how it starts, or -1. */
function openingCut(text: string, start: number, to: number, grammars: Grammars): number {
  const head = text.slice(start, Math.min(to, start + 140));
  const length =
    LEADING_DOC_NUMBER.exec(head)?.[0].length ??
    LEADING_NOTE.exec(head)?.[0].length ??
    (dateAtStart(head) || titleAtStart(head, grammars) || attachmentAtStart(head));
  return length > 0 ? start + length : -1;
}

/** …关于印发X的通知 run into the addressees after it. */
function endsNoticeTitle(segment: string): boolean {
  return segment.endsWith('的通知') && /关于/.test(segment) && !/[。,;:]/.test(segment) && (segment.split('《').length === segment.split('》').length);
}

/**
 * White space in a long line is a line break a crawler flattened, unless it sits inside a
 * number or time (2023-08-31 18:20), between a number and its unit (3.8 公里, 77.2 %), or right
 * after a heading marker (一、 指导思想).
 */
function spaceSeparates(text: string, segmentStart: number, spaceStart: number, after: number, grammars: Grammars): boolean {
  const left = text[spaceStart - 1]!;
  const right = text[after]!;
  if (/[0-9.:]/.test(left) && /[0-9%‰]/.test(right)) return false;
  if (/[0-9]/.test(left) && HAN.test(right) && !/^(?:\d{4}年|\d{1,2}月)/.test(text.slice(after, after + 5))) return false;
  const head = text.slice(segmentStart, spaceStart);
  if (head.endsWith(':') && head.length <= 8) return false; // 当前位置： 首页…, a label and its value
  // Inside a bracket's note (（ 684个工作日）), or before one that is not a heading marker.
  if (left === '(' || right === ')') return false;
  if (right === '(' && /^\([^()]{0,20}\d[^()]{0,20}\)/.test(text.slice(after, after + 44)) && !findMarker(text.slice(after, after + 8), grammars, false, false)) return false;
  const marker = findMarker(text.slice(segmentStart, after + 1), grammars, false, false);
  return !(marker && marker.end === head.length);
}

/**
 * A heading marker run into the text before it (…落实机制（一）深刻领会…, …水旱灾害1.进一步…).
 * Only the families that never occur inside a sentence are cut on: （一）, 一、 and 1. before a
 * Chinese word; 第（二）项 and 1.5 are not markers.
 */
function markerRunsIn(text: string, at: number, to: number, before: string, grammars: Grammars): boolean {
  if (before === '第' || /[0-9.]/.test(before)) return false;
  const marker = findMarker(text.slice(at, Math.min(to, at + 12)), grammars, false, false);
  if (!marker || marker.start !== 0) return false;
  const afterPunct = isBeforeMarker(before.charCodeAt(0));
  const rest = text.slice(at + marker.titleStart, at + marker.titleStart + 1);
  switch (marker.family) {
    case 'han-paren':
    case 'arabic-paren':
      return !/[)]$/.test(marker.text) || marker.text.startsWith('(');
    case 'han-comma':
      // 统一、唯一、之一、五一、 are words, not markers: a glued 一、 needs a 二、 ahead in its line
      // (and build-tree keeps it only if the next 一、-family marker is 二、).
      if (/[一二三四五六七八九十]/.test(before)) return false;
      return HAN.test(rest) && (afterPunct || marker.ordinal > 1 || hasNext(text, at, to));
    case 'arabic':
      return (HAN.test(rest) || (afterPunct && /[0-9]/.test(rest))) && marker.text.length <= 3;
    default:
      return false;
  }
}

/** A 二、 ahead in the same line: the glued 一、 may open a numbering. */
function hasNext(text: string, at: number, to: number): boolean {
  const next = text.indexOf('二、', at + 2);
  return next > 0 && next < Math.min(to, at + 5000);
}

/**
 * A signature's date run into what follows it (2023年8月30日君山片区2023年安全生产工作要点, or
 * 2015年4月17日(联系人:…)): the date's length when a segment starts with one and no date word
 * (前, 起, 至) follows; else 0.
 */
function dateAtStart(head: string): number {
  const m = LEADING_DATE.exec(head);
  if (!m) return 0;
  const next = head[m[0].length];
  return next !== undefined && (HAN.test(next) || next === '(') && !/[前起至到以止内]/.test(next) ? m[0].length : 0;
}

const titles = new WeakMap<Grammars, RegExp>();
/**
 * A plan's title run into the sentence after it (市水利局2020年工作计划2020年是…): the title's
 * length when a segment opens with a short unpunctuated phrase ending in a document type that
 * a year, 为 or 根据 follows; else 0.
 */
function titleAtStart(head: string, grammars: Grammars): number {
  let regex = titles.get(grammars);
  if (!regex) {
    regex = new RegExp(`^[^。;:!?,《》“”\\s]{4,60}?${grammars.part('docType')}(?=(?:19|20)\\d{2}年|为|根据|按照)`, 'u');
    titles.set(grammars, regex);
  }
  return regex.exec(head)?.[0].length ?? 0;
}

/** 附件:《…一览表》 run into the signature after it. */
function attachmentAtStart(head: string): number {
  const m = /^附件[0-9]?[:]?《[^《》]{2,80}》(?:[(][^()]{1,30}[)])?(?=[\u4e00-\u9fa5])/u.exec(head);
  return m ? m[0].length : 0;
}

/** 各处室（中心），东庠办事处，各村（居）: run into the notice's first sentence. */
function isAddressees(segment: string, grammars: Grammars): boolean {
  const rule = grammars.rule('matter/addressees');
  rule.regex.lastIndex = 0;
  return rule.regex.test(segment.trim());
}
