import type { PlanDocument, Section, Span } from '../schema/index.js';

/**
 * The decoded source of a parsed document, rebuilt from the pieces that tile it: front matter,
 * preamble, each section's own text and back matter (every character belongs to exactly one).
 * Lets the tasks of a document read from JSON be built without the file. A gap, in a document
 * that was edited by hand, is filled with spaces so that offsets keep their meaning.
 */
export function sourceOf(document: Omit<PlanDocument, 'tasks'>): string {
  const pieces: Array<{ text: string; span: Span }> = [
    ...document.frontMatter,
    ...(document.preamble ? [document.preamble] : []),
    ...flatten(document.sections),
    ...document.backMatter,
  ].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const parts: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = piece.span.start.offset;
    if (start < at) continue;
    if (start > at) parts.push(' '.repeat(start - at));
    parts.push(piece.text);
    at = start + piece.text.length;
  }
  return parts.join('');
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}
