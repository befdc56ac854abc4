import type { PlanDocument, Section } from '../schema/index.js';

/**
 * The decoded source text of a parsed plan, rebuilt from the pieces that tile it exactly (front
 * matter, preamble, every section's own text, back matter): every span of the document is an
 * offset into this string. Nothing needs the file again.
 */
export function sourceTextOf(document: PlanDocument): string {
  const pieces: Array<{ offset: number; text: string }> = [];
  for (const m of document.frontMatter) pieces.push({ offset: m.span.start.offset, text: m.text });
  if (document.preamble) pieces.push({ offset: document.preamble.span.start.offset, text: document.preamble.text });
  const visit = (s: Section) => {
    pieces.push({ offset: s.span.start.offset, text: s.text });
    s.children.forEach(visit);
  };
  document.sections.forEach(visit);
  for (const m of document.backMatter) pieces.push({ offset: m.span.start.offset, text: m.text });
  pieces.sort((a, b) => a.offset - b.offset);
  let text = '';
  for (const p of pieces) {
    // Pieces tile the source; should one ever leave a gap, keep offsets right rather than shift everything after it.
    if (p.offset > text.length) text += ' '.repeat(p.offset - text.length);
    text += p.offset < text.length ? p.text.slice(text.length - p.offset) : p.text;
  }
  return text;
}
