import type { Grammars } from '../../grammar/compile.js';
import type { Report } from '../report.js';
import { offsetMap, type OffsetMap, type Removed } from './offset-map.js';
import { softBreaks } from './soft-breaks.js';
import { execAll } from '../../grammar/exec-all.js';
import { normalize } from '../normalize.js';

/** The source less what sites injected and what page layout broke, and the way back. */
export type Cleaned = { printed: string; map: OffsetMap; removed: readonly Removed[] };

const MESSAGES: Record<string, string> = {
  pinyin: 'Unexpected pinyin glosses in the text (a content farm adds them); kept in the text, left out of titles and names',
  note: 'Unexpected reading or variant notes in the text (读:, 繁:); kept in the text, left out of titles and names',
  watermark: "Unexpected site watermarks in the text; kept in the text, left out of titles and names",
  ad: 'Unexpected ad words spliced into the text; kept in the text, left out of titles and names',
  space: 'Spaces inside words (a multi-column PDF) were read around in titles and owner notes',
  wrap: 'Lines broken by the page width (a PDF or fixed-width page) were read as one',
  page: 'Page numbers and running headers printed between pages (— 3 —) were read around',
};

/**
 * Reads around injected text (grammars/injected.json: pinyin glosses, reading notes,
 * watermarks, ad words) and line breaks that only the page width made. Everything after this
 * reads `printed`; `map` takes its offsets back to the source, where spans point. One warning
 * per kind found, at its first place (in source offsets: `inSource`).
 */
export function cleanText(source: string, grammars: Grammars, report: Report): Cleaned {
  const found: Removed[] = [];
  let pairs: Array<[number, number]> | undefined;
  for (const rule of grammars.rulesOf('injected')) {
    const windows = rule.data?.within === 'pairs' ? (pairs ??= pairsWithSpace(source)) : windowsOf(source, rule.requires);
    for (const [from, to] of windows) {
      for (const m of execAll(rule.regex, source.slice(from, to))) {
        if (m[0].length > 0) found.push({ start: from + m.index, end: from + m.index + m[0].length, kind: String(rule.data?.kind) });
      }
    }
  }
  const marks = ['page/number-dashed', 'page/number-of', 'page/number-slash'].map((id) => grammars.rule(id));
  const isPageMark = (line: string) =>
    line.length <= 16 &&
    marks.some((rule) => {
      rule.regex.lastIndex = 0;
      return rule.regex.test(normalize(line).text);
    });
  found.push(...softBreaks(source, isPageMark));
  const removed = disjoint(found);
  if (removed.length === 0) return { printed: source, map: offsetMap([], source.length, source.length), removed };
  const seen = new Set<string>();
  for (const r of removed) {
    if (seen.has(r.kind)) continue;
    seen.add(r.kind);
    report.warnSource(MESSAGES[r.kind] ?? `Unexpected injected text (${r.kind})`, `input/${r.kind}`, r.start, r.end);
  }
  const parts: string[] = [];
  let at = 0;
  for (const r of removed) {
    parts.push(source.slice(at, r.start));
    at = r.end;
  }
  parts.push(source.slice(at));
  const printed = parts.join('');
  return { printed, map: offsetMap(removed, printed.length, source.length), removed };
}

/** Injected text is short: a match lies within this many characters of a word it requires. */
const REACH = 40;

/**
 * The stretches of the source a rule can match in: around each occurrence of a word it requires
 * (most texts have none, and are not searched), merged where they meet.
 */
function windowsOf(source: string, requires: readonly string[] | undefined): Array<[number, number]> {
  if (!requires) return [[0, source.length]];
  const hits: number[] = [];
  for (const word of requires) for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + word.length)) hits.push(at);
  hits.sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const at of hits) {
    const from = Math.max(0, at - REACH);
    const to = Math.min(source.length, at + REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** A pair further apart than this is no title or owner bracket. */
const MAX_PAIR = 160;

/**
 * 《…》 titles and (…) brackets on one line that hold a space: where a column break can hide.
 * Read by character code, and never further than MAX_PAIR from the opening character: an
 * unclosed bracket must not send a search to the end of a long text.
 */
function pairsWithSpace(source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < source.length; i++) {
    const close = closeOf(source.charCodeAt(i));
    if (close === 0) continue;
    const last = Math.min(source.length - 1, i + MAX_PAIR);
    let spaced = false;
    for (let j = i + 1; j <= last; j++) {
      const code = source.charCodeAt(j);
      if (code === close) {
        if (spaced) out.push([i, j + 1]);
        break;
      }
      if (code === 0x0a) break;
      if (code === 0x20 || code === 0x3000) spaced = true;
    }
  }
  return out;
}

/** The closing character of an opening one that can hold a column break (《》, (), （）), else 0. */
function closeOf(code: number): number {
  return code === 0x300a ? 0x300b : code === 0x28 ? 0x29 : code === 0xff08 ? 0xff09 : 0;
}

/** Sorted, the earlier of two overlapping stretches kept. */
function disjoint(found: Removed[]): Removed[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Removed[] = [];
  for (const r of sorted) if (!out.length || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}
