import type { Normalized } from '../pipeline/normalize.js';
import type { Format } from '../schema/index.js';
import type { Grammars } from '../grammar/compile.js';
import type { Report } from '../pipeline/report.js';
import type { Outline, RawSection } from './types.js';
import { splitLines } from './lines.js';
import { joinSplitTitles } from './head/join-split-titles.js';
import { attachmentsStart, nextPlanStart } from './attachments.js';
import { readHead } from './head/read-head.js';
import { segmentLines } from './segment-lines.js';
import { scanBackMatter } from './back-matter.js';
import { findCandidates } from './candidates.js';
import { buildTree } from './build-tree.js';
import { findSubPoints } from './sub-points.js';
import { buildMeta } from './meta.js';
import type { MarkdownHints } from '../input/markdown.js';

/**
 * Front matter, preamble, sections and back matter, which together cover every character
 * of the text exactly once, and the document's metadata.
 */
export function buildOutline(norm: Normalized, format: Format, grammars: Grammars, report: Report, hints?: MarkdownHints): Outline {
  const { text, original } = norm;
  const markdown = format === 'markdown';
  const lines = segmentLines(splitLines(text), text, grammars);
  // The closing lines are read first, so that the head is never read into them: a short page
  // could otherwise be all chrome from its menu to its footer.
  const closing = scanBackMatter(lines, text, grammars, -1);
  const front = readHead(lines, text, grammars, markdown, closing[0]?.start ?? text.length);
  joinSplitTitles(front.blocks, text, grammars);
  let back = closing.filter((b) => b.start >= front.contentStart);
  let contentEnd = back[0]?.start ?? text.length;
  const contentStart = Math.min(front.contentStart, contentEnd);

  let candidates = findCandidates(lines, text, grammars, { fromLine: front.contentLine, start: contentStart, end: contentEnd }, markdown ? hints : undefined);
  // Attachments, or the next plan of a page holding several, after the plan's first heading end
  // its content: they are back matter.
  const next = candidates[0] ? nextPlanStart(lines, text, grammars, candidates[0].to, contentEnd) : undefined;
  if (next !== undefined) report.warn('Unexpected second plan on the page (a compilation); only the first is read', 'outline/compilation', next, next);
  const attached = candidates[0] ? attachmentsStart(lines, text, grammars, candidates[0].to, next ?? contentEnd) : undefined;
  for (const [at, kind] of [[next, 'other'], [attached, 'attachment']] as const) {
    if (at === undefined) continue;
    back = [{ kind, start: at, end: contentEnd }, ...back];
    contentEnd = at;
    candidates = candidates.filter((c) => c.from < at).map((c) => ({ ...c, to: Math.min(c.to, at) }));
  }
  const sections = buildTree(candidates, norm, contentEnd, grammars, report);
  const firstSection = sections[0]?.start ?? contentEnd;
  if (sections[0] && firstSection > contentStart && text.slice(contentStart, firstSection).trim() === '') sections[0].start = contentStart;
  const preamble = sections[0]?.start === contentStart || contentStart >= contentEnd ? null : { start: contentStart, end: firstSection };
  forEach(sections, (s) => {
    s.points = findSubPoints(s, text, grammars).map((p) => ({ ...p, marker: original.slice(p.start, p.start + p.marker.length) }));
  });

  const meta = buildMeta({ front: front.blocks, back, text, original, contentStart, path: report.path, grammars });
  return { frontMatter: front.blocks, preamble, sections, backMatter: back, meta };
}

function forEach(sections: readonly RawSection[], visit: (s: RawSection) => void): void {
  for (const s of sections) {
    visit(s);
    forEach(s.children, visit);
  }
}
