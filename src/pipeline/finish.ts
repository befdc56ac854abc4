import { createLocator, type Locator } from './locate.js';
import type { Report } from './report.js';
import type { Outline, RawSection } from '../outline/types.js';
import type { Draft } from '../extract/types.js';
import type { PlanDocument, Section, SourceInfo, Warning } from '../schema/index.js';
import { sectionAt } from '../outline/section-at.js';
import type { OffsetMap } from './clean/offset-map.js';

/** Draft fields that become `text`/`span` or are already placed first. */
const DRAFT_ONLY = new Set(['entity', 'start', 'end', 'sectionId', 'rule']);

type Input = {
  source: SourceInfo;
  /** The decoded source: every `text` is a slice of it and every span points into it. */
  original: string;
  /** What the stages read: the source less injected text and layout breaks (clean-text). */
  printed: string;
  /** From `printed` offsets back to the source; none when nothing was left out. */
  map?: OffsetMap;
  outline: Outline;
  drafts: readonly Draft[];
  report: Report;
  /** Offsets of `original` as points (made here when the caller has none to share). */
  locator?: Locator;
};

/**
 * Offsets become spans and slices of the source; entities are sorted by position. Blocks map
 * their bounds so that they still tile the source; entities and titles span from their first
 * to their last character, so what was read around inside them (a gloss, a line break) is in
 * their `text` and span, while names and titles stay as read.
 */
export function finish({ source, original, printed, map, outline, drafts, report, locator = createLocator(original) }: Input): Omit<PlanDocument, 'tasks'> {
  const at = map ?? IDENTITY;
  const slice = (start: number, end: number) => {
    const s = at.boundary(start);
    const e = at.boundary(end);
    return { text: original.slice(s, e), span: locator.span(s, e) };
  };
  const exact = (start: number, end: number) => {
    const s = at.start(start);
    const e = Math.max(s, at.end(end));
    return { text: original.slice(s, e), span: locator.span(s, e) };
  };
  const sorted = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const entity = <D extends Draft>(d: D) => {
    // Fields copied by name and by a plain key loop: object spread and rest take a slow runtime
    // path in V8, and this runs for every entity (ten times faster measured on the corpus).
    const { text, span } = exact(d.start, d.end);
    const out: Record<string, unknown> = { text, span, sectionId: d.sectionId, rule: d.rule };
    for (const key in d) if (!DRAFT_ONLY.has(key)) out[key] = d[key as keyof D];
    return out;
  };
  const of = <K extends Draft['entity']>(kind: K) => sorted.filter((d): d is Extract<Draft, { entity: K }> => d.entity === kind).map(entity);
  const findSection = sectionAt(outline);
  const warnings: Warning[] = report.warnings
    .map((w) => {
      const start = w.inSource ? w.start : at.start(w.start);
      const end = w.inSource ? w.end : Math.max(start, at.end(w.end));
      return { code: w.code, message: w.message, start, end, printedAt: w.inSource ? at.toPrinted(w.start) : w.start };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : 1))
    .map((w) => ({ code: w.code, message: w.message, span: locator.span(w.start, w.end), sectionId: findSection(w.printedAt) }));
  return {
    schemaVersion: 1,
    source,
    meta: outline.meta,
    frontMatter: outline.frontMatter.map((m) => ({ kind: m.kind, ...slice(m.start, m.end) })),
    preamble: outline.preamble ? slice(outline.preamble.start, outline.preamble.end) : null,
    sections: outline.sections.map((s) => toSection(s, { original, printed, at, locator })),
    backMatter: outline.backMatter.map((m) => ({ kind: m.kind, ...slice(m.start, m.end) })),
    metrics: of('metric'),
    times: of('time'),
    policies: of('policy'),
    orgs: of('org'),
    terms: of('term'),
    warnings,
  } as Omit<PlanDocument, 'tasks'>;
}

type Places = { original: string; printed: string; at: OffsetMap; locator: Locator };

function toSection(raw: RawSection, places: Places): Section {
  const { original, printed, at, locator } = places;
  const block = (start: number, end: number) => ({ text: original.slice(at.boundary(start), at.boundary(end)), span: locator.span(at.boundary(start), at.boundary(end)) });
  const titleStart = at.start(raw.titleStart);
  const titleEnd = Math.max(titleStart, at.end(raw.titleEnd));
  const own = block(raw.start, raw.end);
  return {
    id: raw.id,
    level: raw.level,
    marker: raw.marker,
    ordinal: raw.ordinal,
    title: printed.slice(raw.titleStart, raw.titleEnd),
    titleSpan: locator.span(titleStart, titleEnd),
    text: own.text,
    span: own.span,
    points: raw.points.map((p) => {
      const s = at.start(p.start);
      const e = Math.max(s, at.end(p.end));
      return { marker: p.marker, ordinal: p.ordinal, text: original.slice(s, e), span: locator.span(s, e) };
    }),
    children: raw.children.map((c) => toSection(c, places)),
  };
}

const IDENTITY: OffsetMap = { start: (o) => o, end: (o) => o, boundary: (o) => o, toPrinted: (s) => s };
