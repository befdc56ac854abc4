import type { PlanDocument, Section, Span } from '../../src/schema/index.js';

/** Every block of a document that owns characters: front matter, preamble, sections, back matter. */
export function ownedSpans(doc: PlanDocument): Array<{ what: string; span: Span; text: string }> {
  const out: Array<{ what: string; span: Span; text: string }> = [];
  doc.frontMatter.forEach((b, i) => out.push({ what: `frontMatter[${i}] ${b.kind}`, span: b.span, text: b.text }));
  if (doc.preamble) out.push({ what: 'preamble', span: doc.preamble.span, text: doc.preamble.text });
  const visit = (s: Section) => {
    out.push({ what: `section ${s.id}`, span: s.span, text: s.text });
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  doc.backMatter.forEach((b, i) => out.push({ what: `backMatter[${i}] ${b.kind}`, span: b.span, text: b.text }));
  return out;
}

/** Gaps or overlaps in the tiling of [0, length) by the owned spans; empty when none. */
export function tilingProblems(doc: PlanDocument, source: string): string[] {
  const spans = ownedSpans(doc).sort((a, b) => a.span.start.offset - b.span.start.offset);
  const problems: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.span.start.offset !== at) problems.push(`${s.what} starts at ${s.span.start.offset}, expected ${at}`);
    if (source.slice(s.span.start.offset, s.span.end.offset) !== s.text) problems.push(`${s.what}: text is not the slice of its span`);
    at = s.span.end.offset;
  }
  if (at !== source.length) problems.push(`blocks end at ${at}, expected ${source.length}`);
  return problems;
}

/** Every located thing whose `text` is not `source.slice(span)`. */
export function sliceProblems(doc: PlanDocument, source: string): string[] {
  const problems: string[] = [];
  const check = (what: string, span: Span, text: string) => {
    if (source.slice(span.start.offset, span.end.offset) !== text) problems.push(`${what}: ${JSON.stringify(text)}`);
  };
  const visit = (s: Section) => {
    check(`title ${s.id}`, s.titleSpan, s.title);
    s.points.forEach((p, i) => check(`point ${s.id}[${i}]`, p.span, p.text));
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  for (const kind of ['metrics', 'times', 'policies', 'orgs', 'terms'] as const) {
    doc[kind].forEach((e, i) => check(`${kind}[${i}]`, e.span, e.text));
  }
  return problems;
}

/** The decoded source of a fixture, as the parser saw it. */
export function decodedSource(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
