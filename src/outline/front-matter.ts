import type { Grammars } from '../grammar/compile.js';
import type { RawMatter } from './types.js';
import { isBlank, type Line } from './lines.js';
import { artifactPrefix, classifyLine } from './classify-line.js';
import { findMarker } from './find-marker.js';

export type FrontMatter = { blocks: RawMatter[]; contentStart: number; contentLine: number };

const MARKDOWN_PREFIX = /^(?:#{1,6}[ \t]+|\*\*|__)*/;

/**
 * Reads the wrapper lines before the plan's content: notice title, 文号, addressees, the
 * notice's sentences, signature, date, disclosure, the plan's title, web chrome, converter
 * artifacts. Stops at the first heading or the first line of prose it cannot place.
 * Blocks start where their line's text starts; each ends where the next begins.
 */
export function scanFrontMatter(lines: readonly Line[], text: string, grammars: Grammars, markdown: boolean): FrontMatter {
  const blocks: RawMatter[] = [];
  let noticeSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    let start = line.contentStart;
    let s = text.slice(start, line.contentEnd);
    const artifact = artifactPrefix(s, grammars);
    if (artifact > 0) {
      blocks.push({ kind: 'artifact', start, end: start });
      s = s.slice(artifact).trimStart();
      start = line.contentEnd - s.length; // the rest of the line, after the artifact and any space
      if (s === '') continue;
    }
    const stripped = markdown ? s.slice(MARKDOWN_PREFIX.exec(s)?.[0].length ?? 0).replace(/(?:\*\*|__)$/, '') : s;
    if (findMarker(stripped, grammars, false, false)) return finish(blocks, start, i);
    const found = classifyLine(stripped, grammars) ?? navigationBeforeTitle(lines, text, i, stripped, grammars, blocks);
    if (!found) {
      const titleEnd = titleBeforeProse(stripped, grammars, blocks);
      if (titleEnd > 0) {
        blocks.push({ kind: 'title', start, end: start });
        return finish(blocks, start + titleEnd + (s.length - stripped.length), i);
      }
      return finish(blocks, start, i);
    }
    let kind = found.kind;
    if (kind === 'notice' || kind === 'addressees' || kind === 'docNumber') noticeSeen = true;
    if (kind === 'issuers' && noticeSeen) kind = 'signature';
    blocks.push({ kind, start, end: start });
  }
  return finish(blocks, text.length, lines.length);
}

/** An issuer line right before a title that starts without a place name is the title's first half (巫山). */
export function joinSplitTitles(blocks: RawMatter[], text: string, grammars: Grammars): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]!;
    const b = blocks[i + 1]!;
    if ((a.kind !== 'issuers' && a.kind !== 'signature') || b.kind !== 'title') continue;
    const region = grammars.rule('meta/region');
    region.regex.lastIndex = 0;
    if (!region.regex.test(text.slice(b.start, b.end).trim())) a.kind = 'title';
  }
}

/** How far ahead a page's title may stand below its navigation. */
const NAV_LOOKAHEAD = 40;

/**
 * A saved web page opens with menus and breadcrumbs (网站首页, 政务公开, 规划计划) that no
 * pattern names. A short line without sentence punctuation, before any title, counts as
 * chrome when the plan's title follows within a few lines and no heading or prose comes first.
 */
function navigationBeforeTitle(lines: readonly Line[], text: string, i: number, line: string, grammars: Grammars, blocks: readonly RawMatter[]) {
  if (line.length > 20 || /[。,;]/.test(line) || blocks.some((b) => b.kind === 'title' || b.kind === 'notice')) return undefined;
  for (let j = i + 1; j < lines.length && j <= i + NAV_LOOKAHEAD; j++) {
    const next = text.slice(lines[j]!.contentStart, lines[j]!.contentEnd);
    if (next === '') continue;
    if (findMarker(next, grammars, false, false) || next.length > 60) return undefined;
    if (classifyLine(next, grammars)?.kind === 'title') return { kind: 'chrome' as const, rule: 'matter/navigation' };
  }
  return undefined;
}

/** A document run onto one line: a title followed by space and prose (瓮安县2022年教育工作要点 2022年，…). */
function titleBeforeProse(line: string, grammars: Grammars, blocks: readonly RawMatter[]): number {
  if (blocks.some((b) => b.kind === 'title') || line.length < 80) return 0;
  const m = new RegExp(`^[^。;:!?]{2,60}?${grammars.part('docType')}(?=[ \\t]+\\S)`, 'u').exec(line);
  return m ? m[0].length : 0;
}

function finish(blocks: RawMatter[], contentStart: number, contentLine: number): FrontMatter {
  for (let i = 0; i < blocks.length; i++) blocks[i]!.end = blocks[i + 1]?.start ?? contentStart;
  if (blocks[0]) blocks[0].start = 0;
  return { blocks: blocks.filter((b) => b.end > b.start), contentStart: blocks.length ? contentStart : 0, contentLine };
}

