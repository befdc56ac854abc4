import type { PlanDocument, Section } from '../schema/index.js';
import { sourceTextOf } from '../output/source-text.js';
import { looksTraditional } from '../pipeline/normalize.js';
import { escapeHtml } from './escape-html.js';
import { entityRanges, warningInserts } from './entity-marks.js';
import { nestMarkup, type Insert, type Range } from './nest-markup.js';
import { entityCounts, outlineNav } from './outline-nav.js';
import { pageShell } from './page-shell.js';
import { planSummary } from './plan-summary.js';

/** Past this many characters the text's blocks are laid out only when scrolled to (content-visibility). */
const BIG = 100_000;

/**
 * `view FILE`: one self-contained HTML page for reviewing what was found in a plan — the text as
 * printed with every entity highlighted, the outline to navigate it, warnings where they stand
 * and a summary. No script at all: tooltips and navigation are CSS and links.
 */
export function renderPlanPage(document: PlanDocument): string {
  const text = sourceTextOf(document);
  const body = [
    planSummary(document),
    '<div class="layout">',
    outlineNav(document, entityCounts(document)),
    `<main id="text" tabindex="-1" aria-label="Text of the plan"><div class="doc">${planText(document, text)}</div></main>`,
    '</div>',
  ].join('\n');
  return pageShell({ title: document.meta.title ?? document.source.path, lang: looksTraditional(text) ? 'zh-Hant' : 'zh-Hans', body, big: text.length > BIG });
}

/**
 * The text in blocks, one per piece of the outline (front matter, preamble, each item, back
 * matter) that starts a line: blocks let a long plan be laid out as it scrolls. Entities never
 * cross those pieces; should one ever, its pieces stay one block.
 */
function planText(document: PlanDocument, text: string): string {
  const ranges: Range[] = entityRanges(document).sort((a, b) => a.start - b.start || b.end - a.end);
  const inserts: Insert[] = [...warningInserts(document.warnings)];
  const starts: number[] = [];
  for (const m of document.frontMatter) {
    ranges.push({ start: m.span.start.offset, end: m.span.end.offset, tag: 'span', open: `<span class="matter" data-matter="${m.kind}">` });
    starts.push(m.span.start.offset);
  }
  if (document.preamble) {
    inserts.push({ at: document.preamble.span.start.offset, html: '<span class="anchor" id="s-0"></span>' });
    starts.push(document.preamble.span.start.offset);
  }
  const visit = (s: Section) => {
    inserts.push({ at: s.span.start.offset, html: `<span class="anchor" id="s-${escapeHtml(s.id)}"></span>` });
    starts.push(s.span.start.offset);
    s.children.forEach(visit);
  };
  document.sections.forEach(visit);
  for (const m of document.backMatter) {
    ranges.push({ start: m.span.start.offset, end: m.span.end.offset, tag: 'span', open: `<span class="matter" data-matter="${m.kind}">` });
    starts.push(m.span.start.offset);
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  inserts.sort((a, b) => a.at - b.at);

  const bounds = blockBounds(text, starts, ranges);
  const html: string[] = [];
  let r = 0;
  let i = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!];
    const inBlock: Range[] = [];
    while (r < ranges.length && ranges[r]!.start < to) inBlock.push(ranges[r++]!);
    const here: Insert[] = [];
    while (i < inserts.length && (inserts[i]!.at < to || (k + 2 === bounds.length && inserts[i]!.at <= to))) here.push(inserts[i++]!);
    html.push(`<div class="blk">${nestMarkup(text, from, to, inBlock, here)}</div>`);
  }
  return html.join('');
}

/** Block edges: piece starts at the start of a line that no range crosses, plus both ends of the text. */
function blockBounds(text: string, starts: readonly number[], ranges: readonly Range[]): number[] {
  const crossed = new Uint8Array(text.length + 1);
  for (const r of ranges) for (let p = r.start + 1; p < r.end && p <= text.length; p++) crossed[p] = 1;
  const bounds = new Set<number>([0, text.length]);
  for (const s of starts) if (s > 0 && s < text.length && text[s - 1] === '\n' && !crossed[s]) bounds.add(s);
  return [...bounds].sort((a, b) => a - b);
}
