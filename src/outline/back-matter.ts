import type { Grammars } from '../grammar/compile.js';
import type { MatterKind } from '../schema/index.js';
import type { RawMatter } from './types.js';
import { isBlank, type Line } from './lines.js';
import { classifyLine } from './classify-line.js';
import { findMarker } from './find-marker.js';

/** Kinds that can close a document: chrome, the signature and date, 抄送, attachments. */
const CLOSING: ReadonlySet<MatterKind> = new Set<MatterKind>(['chrome', 'date', 'signature', 'issuers', 'disclosure', 'attachment', 'docNumber', 'artifact']);

/**
 * Reads the closing lines after the plan's content from the bottom up, as long as each
 * is wrapper or page chrome. Blank lines before the first closing line stay with the
 * content above them (every block runs to where the next begins).
 */
export function scanBackMatter(lines: readonly Line[], text: string, grammars: Grammars, firstContentLine: number): RawMatter[] {
  const starts: Array<{ kind: MatterKind; start: number }> = [];
  for (let i = lines.length - 1; i > firstContentLine; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const s = text.slice(line.contentStart, line.contentEnd);
    if (findMarker(s, grammars, false, false)) break;
    const found = classifyLine(s, grammars);
    if (!found || !CLOSING.has(found.kind)) break;
    starts.unshift({ kind: found.kind === 'issuers' ? 'signature' : found.kind, start: line.contentStart });
  }
  return starts.map((b, i) => ({ kind: b.kind, start: b.start, end: starts[i + 1]?.start ?? text.length }));
}
