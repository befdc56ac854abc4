import { csvRows } from './csv-rows.js';
import { sheetOrder, tableNames, type TableName } from './csv-columns.js';
import { encodeJson, jsonPieces } from './encode-json.js';
import type { PlanDocument } from '../schema/index.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';

/**
 * What a document is written as: enough to render it anywhere, including in a worker thread.
 * `format` may be absent when only a workbook is written; `xlsx` adds the workbook's sheets.
 */
export type RenderSpec = { format?: OutputFormat; table?: TableName; xlsx?: boolean };

/**
 * What one target receives for a document: text (CSV, a sheet's rows), or the UTF-8 bytes of its
 * JSON in pieces (see encode-json.ts) — in this thread made as they are taken, so a writer never
 * holds the whole of a long plan's JSON.
 */
export type Rendered = string | Iterable<Uint8Array>;

/**
 * How JSON is rendered: as pieces of bytes made as a writer in this thread takes them, or made
 * at once for a worker to move (not copy) to the main thread. Measured on a long --records stream
 * at --jobs 2: bytes copied to the main thread spread over glibc's per-thread arenas and the
 * process grew with the stream (5,000 records: 587 MiB peak); strings instead stayed flat, but the
 * main thread's encoding made --jobs 2 no faster than --jobs 1; moved bytes do neither (20,000 vs
 * 2,000 records: 511 vs 491 MiB; --jobs 2 at 1.1-1.2x --jobs 1).
 */
export type JsonAs = 'pieces' | 'bytes';

/** One output a spec writes to: the JSON target (''), a CSV table, or a workbook sheet's rows. */
export type RenderTarget = '' | TableName | `xlsx:${TableName}`;

/** The outputs a spec writes to, in order: one JSON target or the CSV tables, then the sheets. */
export function targetsOf(spec: RenderSpec): readonly RenderTarget[] {
  const main: RenderTarget[] = spec.format === undefined ? [] : spec.format !== 'csv' ? [''] : spec.table ? [spec.table] : [...tableNames];
  return spec.xlsx ? [...main, ...sheetOrder.map((t) => `xlsx:${t}` as const)] : main;
}

/**
 * One document as what each target receives, in the order of `targetsOf`. Rendering is pure, so
 * a worker can do it and hand the main thread bytes and strings instead of an object graph.
 */
export async function render(document: PlanDocument, spec: RenderSpec, jsonAs: JsonAs = 'pieces'): Promise<Rendered[]> {
  // Loaded only for CSV output.
  const stringify = spec.format === 'csv' ? (await import('csv-stringify/sync')).stringify : undefined;
  return targetsOf(spec).map((target) => {
    if (target === '' && jsonAs === 'bytes') return encodeJson(document, spec.format === 'json');
    // The same bytes as formatJson and formatJsonLine (json.ts).
    if (target === '') return jsonPieces(document, spec.format === 'json');
    if (target.startsWith('xlsx:')) return sheetLines(csvRows(document, target.slice(5) as TableName));
    const rows = csvRows(document, target as TableName);
    return rows.length === 0 ? '' : stringify!(rows);
  });
}

/** A sheet's rows as JSON lines, the form they wait in until the workbook is written. */
function sheetLines(rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string {
  let out = '';
  for (const row of rows) out += JSON.stringify(row) + '\n';
  return out;
}
