import type { CompiledRule, Grammars } from '../grammar/compile.js';
import { isBlank } from './lines.js';
import type { Segment } from './segment-lines.js';

/**
 * Where the attachments printed after a plan begin (附件：1.…), if they do: the start of the
 * first segment that opens them after the plan's first heading. Forms, lists of enterprises
 * and tables attached to a plan are not its outline; they are kept as back matter.
 */
export function attachmentsStart(segments: readonly Segment[], text: string, grammars: Grammars, from: number, to: number): number | undefined {
  return firstMatching(segments, text, grammars.rule('matter/attachments-start'), from, to, 60);
}

/**
 * Where the next plan of a page holding several begins (…工作计划篇2, 【篇二】), if one does
 * after the first plan's first heading: only the first plan is read.
 */
export function nextPlanStart(segments: readonly Segment[], text: string, grammars: Grammars, from: number, to: number): number | undefined {
  return firstMatching(segments, text, grammars.rule('matter/compilation-next'), from, to, 48);
}

function firstMatching(segments: readonly Segment[], text: string, rule: CompiledRule, from: number, to: number, width: number): number | undefined {
  for (const seg of segments) {
    if (isBlank(seg) || seg.contentStart < from) continue;
    if (seg.contentStart >= to) break;
    rule.regex.lastIndex = 0;
    if (seg.contentEnd - seg.contentStart > width && width < 60) continue;
    if (rule.regex.test(text.slice(seg.contentStart, Math.min(seg.contentEnd, seg.contentStart + width)))) return seg.contentStart;
  }
  return undefined;
}
