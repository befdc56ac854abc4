import type { TableName } from './csv-columns.js';

/** How a column shows in a workbook: its width in characters, and what its cells hold. */
export type ColumnLayout = { width: number; wrap?: boolean; date?: boolean; text?: boolean };

/**
 * Widths fixed per column, not measured from the cells, so a sheet can be streamed. Long text
 * wraps; ISO dates become dates; ids stay text (a spreadsheet reading `4.10` as a number shows 4.1).
 */
const layouts: Record<string, ColumnLayout> = {
  path: { width: 24 },
  region: { width: 10 },
  year: { width: 7 },
  section_id: { width: 9, text: true },
  task_id: { width: 9, text: true },
  section_path: { width: 36, wrap: true },
  title: { width: 30, wrap: true },
  text: { width: 60, wrap: true },
  targets: { width: 36, wrap: true },
  policies: { width: 36, wrap: true },
  name: { width: 30, wrap: true },
  subject: { width: 18, wrap: true },
  lead: { width: 18, wrap: true },
  support: { width: 24, wrap: true },
  leader: { width: 14, wrap: true },
  deadline: { width: 16, wrap: true },
  periods: { width: 16, wrap: true },
  recurrences: { width: 12, wrap: true },
  marker: { width: 7, text: true },
  unit: { width: 8 },
  normalized_unit: { width: 8 },
  deadline_iso: { width: 12, date: true },
  normalized_start: { width: 12, date: true },
  normalized_end: { width: 12, date: true },
  normalized_every: { width: 10 },
  rule: { width: 22 },
};

/** The layout of a column of a table (the tables share column names, and their meaning). */
export function columnLayout(_table: TableName, column: string): ColumnLayout {
  return layouts[column] ?? { width: 11 };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
/** Text a plain cell would not keep: white space at either end, a CR, or what reads as an escape. */
const FRAGILE = /^\s|\s$|\r|_x[0-9A-Fa-f]{4}_/u;

export type WorkbookValue = string | number | Date | { richText: Array<{ text: string }> } | null;

/**
 * A CSV cell as a workbook cell: an ISO date in a date column becomes a date, numbers stay
 * numbers, text stays text. Text that a plain cell loses (a section's closing line break, the
 * CR of a CRLF plan: XML readers fold CR into LF) is written as an inline string kept as is,
 * with CR as Excel's escape _x000D_ (and a printed `_x` escaped), which Excel, LibreOffice and
 * ExcelJS read back to the same text.
 */
export function workbookValue(layout: ColumnLayout, value: string | number | null | undefined): WorkbookValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return value;
  if (layout.date) {
    const m = ISO_DATE.exec(value);
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  if (!FRAGILE.test(value)) return value;
  return { richText: [{ text: value.replace(/_(?=x[0-9A-Fa-f]{4}_)/gu, '_x005F_').replace(/\r/gu, '_x000D_') }] };
}
