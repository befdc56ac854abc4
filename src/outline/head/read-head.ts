import type { Grammars } from '../../grammar/compile.js';
import type { RawMatter } from '../types.js';
import { isBlank } from '../lines.js';
import type { Segment } from '../segment-lines.js';
import { artifactPrefix } from '../classify-line.js';
import { headKinds, matterKindOf, type HeadKind } from './head-kinds.js';
import { lineEvidence, type Evidence } from './line-evidence.js';
import { viterbi } from './viterbi.js';

export type FrontMatter = { blocks: RawMatter[]; contentStart: number; contentLine: number };

/** The head is read this far at most: real wrappers are a few dozen lines. */
const MAX_HEAD_LINES = 150;
const MAX_HEAD_CHARS = 20_000;
const MARKDOWN_PREFIX = /^(?:#{1,6}[ \t]+|\*\*|__)*/;

type HeadLine = { index: number; start: number; text: string; artifactAt?: number };

/**
 * Reads the whole head of a document — chrome, metadata, the covering notice, signature,
 * date, the plan's title — and decides where the content begins, by the most likely sequence
 * of line kinds under the order wrappers follow (grammars/head.json `headOrder`). Blocks
 * start where their line's text starts; each ends where the next begins.
 */
export function readHead(segments: readonly Segment[], text: string, grammars: Grammars, markdown: boolean, limit: number): FrontMatter {
  const lines = headLines(segments, text, grammars, markdown).filter((l) => l.start < limit);
  const evidence: Evidence[] = lines.map((l) => lineEvidence(l.text, grammars));
  const order = grammars.table('headOrder') as Record<string, Partial<Record<HeadKind, number>>>;
  const move = (from: HeadKind | 'start', to: HeadKind) => {
    const cost = order[from]?.[to];
    return cost === undefined ? -Infinity : -cost;
  };
  const path = bodyIntoContent(viterbi(lines.length, headKinds, (i, s) => evidence[i]![s], move));
  const blocks: RawMatter[] = [];
  const firstContent = path.indexOf('content');
  const head = firstContent < 0 ? path.length : firstContent;
  for (let i = 0; i < head; i++) {
    const line = lines[i]!;
    if (line.artifactAt !== undefined) blocks.push({ kind: 'artifact', start: line.artifactAt, end: line.artifactAt });
    blocks.push({ kind: matterKindOf[path[i] as Exclude<HeadKind, 'content'>], start: line.start, end: line.start, headKind: path[i] });
  }
  const next = lines[head];
  if (next?.artifactAt !== undefined) blocks.push({ kind: 'artifact', start: next.artifactAt, end: next.artifactAt });
  const contentStart = next ? next.start : lines.length === 0 ? 0 : endOfHead(segments, lines, limit);
  return close(blocks, contentStart, next ? next.index : segments.length);
}

/**
 * A notice whose body runs straight into numbered items, with no signature or date between,
 * is the plan itself (关于2012年…重点工作安排的通知: 现提出以下意见… 一、…): its body is the
 * plan's preamble, read as content.
 */
function bodyIntoContent(path: HeadKind[]): HeadKind[] {
  const first = path.indexOf('content');
  if (first <= 0 || path[first - 1] !== 'noticeBody') return path;
  let from = first;
  while (from > 0 && path[from - 1] === 'noticeBody') from--;
  return path.map((k, i) => (i >= from && i < first ? 'content' : k));
}

/** The non-blank lines of the head, with artifacts ([bookmark: …]) and Markdown marks set aside. */
function headLines(segments: readonly Segment[], text: string, grammars: Grammars, markdown: boolean): HeadLine[] {
  const out: HeadLine[] = [];
  let chars = 0;
  for (let i = 0; i < segments.length && out.length < MAX_HEAD_LINES && chars < MAX_HEAD_CHARS; i++) {
    const seg = segments[i]!;
    if (isBlank(seg)) continue;
    let start = seg.contentStart;
    let s = text.slice(start, seg.contentEnd);
    chars += s.length;
    const artifact = artifactPrefix(s, grammars);
    let artifactAt: number | undefined;
    if (artifact > 0) {
      artifactAt = start;
      s = s.slice(artifact).trimStart();
      start = seg.contentEnd - s.length;
      if (s === '') {
        out.push({ index: i, start: artifactAt, text: '[artifact]' });
        continue;
      }
    }
    const stripped = markdown ? s.slice(MARKDOWN_PREFIX.exec(s)?.[0].length ?? 0).replace(/(?:\*\*|__)$/, '') : s;
    out.push({ index: i, start, text: stripped, ...(artifactAt !== undefined ? { artifactAt } : {}) });
  }
  return out;
}

/** Where content starts when every line read was head: after the last one (at the closing lines, or the end). */
function endOfHead(segments: readonly Segment[], lines: readonly HeadLine[], limit: number): number {
  const last = lines[lines.length - 1]!;
  const after = segments.slice(last.index + 1).find((s) => !isBlank(s));
  return Math.min(after?.contentStart ?? limit, limit);
}

function close(blocks: RawMatter[], contentStart: number, contentLine: number): FrontMatter {
  for (let i = 0; i < blocks.length; i++) blocks[i]!.end = blocks[i + 1]?.start ?? contentStart;
  if (blocks[0]) blocks[0].start = 0;
  return { blocks: blocks.filter((b) => b.end > b.start), contentStart: blocks.length ? contentStart : 0, contentLine };
}
