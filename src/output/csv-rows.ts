import { csvColumns, type TableName } from './csv-columns.js';
import type { Org, PlanDocument, Section, Span } from '../schema/index.js';
import { ownersOf } from '../extract/org/owners-of.js';
import { taskCells } from './task-cells.js';

type Cell = string | number | undefined;
type Row = Record<string, Cell>;

/** What CSV readers need to tell sections apart: their titles from the top, joined. */
export const sectionPathSeparator = ' > ';

/**
 * One document's rows for one table, as arrays in the table's column order. Missing values
 * are empty cells; numbers print as JavaScript prints them, which pandas reads back exactly.
 */
export function csvRows(document: PlanDocument, table: TableName): Cell[][] {
  const paths = sectionPaths(document.sections);
  const base = (sectionId: string): Row => ({
    path: document.source.path,
    region: document.meta.region,
    year: document.meta.year,
    section_id: sectionId,
    section_path: paths.get(sectionId) ?? '',
  });
  const rows = rowsOf(document, table, base);
  return rows.map((row) => csvColumns[table].map((column) => row[column]));
}

function rowsOf(document: PlanDocument, table: TableName, base: (sectionId: string) => Row): Row[] {
  switch (table) {
    case 'sections':
      return flatten(document.sections).map((s) => ({
        ...base(s.id), level: s.level, marker: s.marker, ordinal: s.ordinal, title: s.title, text: s.text, ...position(s.span),
        ...ownerColumns(ownersOf(document.orgs, s.id)),
      }));
    case 'metrics':
      return document.metrics.map((m) => ({
        ...base(m.sectionId), text: m.text, value: m.value, max: m.max, unit: m.unit,
        normalized_value: m.normalized.value, normalized_max: m.normalized.max, normalized_unit: m.normalized.unit,
        cmp: m.cmp, subject: m.subject, ...position(m.span), rule: m.rule,
      }));
    case 'times':
      return document.times.map((t) => ({
        ...base(t.sectionId), text: t.text, kind: t.kind, normalized_start: t.normalized?.start,
        normalized_end: t.normalized?.end, normalized_every: t.normalized?.every, ...position(t.span), rule: t.rule,
      }));
    case 'policies':
      return document.policies.map((p) => ({
        ...base(p.sectionId), text: p.text, name: p.name, kind: p.kind, action: p.action, ...position(p.span), rule: p.rule,
      }));
    case 'orgs':
      return document.orgs.map((o) => ({
        ...base(o.sectionId), text: o.text, name: o.name, type: o.type, role: o.role, ...position(o.span), rule: o.rule,
      }));
    case 'tasks':
      return document.tasks.map((t) => ({ ...base(t.sectionId), ...taskCells(t), ...position(t.span) }));
  }
}

/** Who answers for a section, its own owner note or the nearest ancestor's: names joined with 、. */
function ownerColumns(owners: readonly Org[]): Row {
  const names = (role: Org['role']) => [...new Set(owners.filter((o) => o.role === role).map((o) => o.name))].join('、') || undefined;
  return { lead: names('lead'), support: names('support') };
}

function position(span: Span): Row {
  return { start_line: span.start.line, start_column: span.start.column, start_offset: span.start.offset, end_offset: span.end.offset };
}

/** Sections in document order (pre-order), the order a reader meets them. */
function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

function sectionPaths(sections: readonly Section[], prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const s of sections) {
    const path = prefix ? prefix + sectionPathSeparator + s.title : s.title;
    if (!into.has(s.id)) into.set(s.id, path);
    sectionPaths(s.children, path, into);
  }
  return into;
}
