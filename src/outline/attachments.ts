import type { Grammars } from '../grammar/compile.js';
import { isBlank } from './lines.js';
import type { Segment } from './segment-lines.js';

/**
 * Where the attachments printed after a plan begin (附件：1.…), if they do: the start of the
 * first segment that opens them after the plan's first heading. Forms, lists of enterprises
 * and tables attached to a plan are not its outline; they are kept as back matter.
 */
export function attachmentsStart(segments: readonly Segment[], text: string, grammars: Grammars, from: number, to: number): number | undefined {
  const rule = grammars.rule('matter/attachments-start');
  for (const seg of segments) {
    if (isBlank(seg) || seg.contentStart < from) continue;
    if (seg.contentStart >= to) break;
    rule.regex.lastIndex = 0;
    if (rule.regex.test(text.slice(seg.contentStart, Math.min(seg.contentEnd, seg.contentStart + 60)))) return seg.contentStart;
  }
  return undefined;
}
