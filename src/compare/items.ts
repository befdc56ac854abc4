import type { PlanDocument, Section, Span } from '../schema/index.js';

/** One item of a plan's outline, flattened in document order, as the aligner reads it. */
export type Item = {
  /** Position in document order (the preamble, when there is one, is 0). */
  index: number;
  id: string;
  /** Index of the enclosing item, or -1 at the top (and for the preamble). */
  parent: number;
  depth: number;
  marker: string;
  title: string;
  titleSpan: Span;
  span: Span;
  /** The item's own text without its marker: what it says, not how it is numbered. */
  text: string;
  /** Indices of its direct sub-items. */
  children: number[];
  /** Its own text and all its sub-items' (filled in by `itemsOf`): what a heading is about. */
  block: string;
};

/**
 * The items of a plan in reading order: the preamble (id "0", it holds targets too) and every
 * section, parents before their children. The marker is left out of `text` so that an item
 * renumbered by an inserted section reads the same as before.
 */
export function itemsOf(document: PlanDocument): Item[] {
  const items: Item[] = [];
  if (document.preamble) {
    const { text, span } = document.preamble;
    const empty = { start: span.start, end: span.start };
    items.push({ index: 0, id: '0', parent: -1, depth: 0, marker: '', title: '', titleSpan: empty, span, text, children: [], block: text });
  }
  const visit = (section: Section, parent: number, depth: number) => {
    const index = items.length;
    const markerEnd = section.titleSpan.start.offset - section.span.start.offset;
    items.push({
      index,
      id: section.id,
      parent,
      depth,
      marker: section.marker,
      title: section.title,
      titleSpan: section.titleSpan,
      span: section.span,
      text: section.text.slice(Math.max(markerEnd, 0)),
      children: [],
      block: '',
    });
    if (parent >= 0) items[parent]!.children.push(index);
    for (const child of section.children) visit(child, index, depth + 1);
  };
  for (const section of document.sections) visit(section, -1, 1);
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    item.block = item.children.reduce((text, c) => text + items[c]!.block, item.text);
  }
  return items;
}
