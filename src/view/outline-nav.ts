import type { PlanDocument, Section } from '../schema/index.js';
import { escapeHtml } from './escape-html.js';

/**
 * The outline as a navigation pane: every item links to where it starts in the text, with the
 * number of entities found in it; below it, every warning links to its place.
 */
export function outlineNav(document: PlanDocument, counts: ReadonlyMap<string, number>, idPrefix = ''): string {
  const item = (s: Section): string => {
    const n = counts.get(s.id);
    const count = n ? ` <span class="n">${n}</span>` : '';
    const children = s.children.length > 0 ? `<ol>${s.children.map(item).join('')}</ol>` : '';
    return `<li><a href="#${idPrefix}s-${escapeHtml(s.id)}">${escapeHtml(s.marker)}${escapeHtml(s.title)}</a>${count}${children}</li>`;
  };
  const parts = ['<nav aria-label="Outline">', '<h2>Outline</h2>'];
  if (document.preamble) parts.push(`<ol><li><a href="#${idPrefix}s-0">Preamble</a>${counts.get('0') ? ` <span class="n">${counts.get('0')}</span>` : ''}</li></ol>`);
  parts.push(document.sections.length > 0 ? `<ol>${document.sections.map(item).join('')}</ol>` : '<p class="n">No numbered items were found.</p>');
  if (document.warnings.length > 0) {
    parts.push(`<h2>Warnings (${document.warnings.length})</h2><ol>`);
    document.warnings.forEach((w, i) => parts.push(`<li><a href="#${idPrefix}warning-${i}">${escapeHtml(`${w.span.start.line}:${w.span.start.column} ${w.code}`)}</a></li>`));
    parts.push('</ol>');
  }
  parts.push('</nav>');
  return parts.join('\n');
}

/** Entities per section id, for the counts beside each item. */
export function entityCounts(d: PlanDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of [d.metrics, d.times, d.policies, d.orgs, d.terms]) for (const e of list) counts.set(e.sectionId, (counts.get(e.sectionId) ?? 0) + 1);
  return counts;
}
