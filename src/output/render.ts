import { csvRows } from './csv-rows.js';
import { tableNames, type TableName } from './csv-columns.js';
import { formatJson, formatJsonLine } from './json.js';
import type { PlanDocument } from '../schema/index.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';

/** What a document is written as: enough to render it anywhere, including in a worker thread. */
export type RenderSpec = { format: OutputFormat; table?: TableName };

/** The outputs a spec writes to, in order: one JSON target, or the CSV tables. */
export function targetsOf(spec: RenderSpec): readonly (TableName | '')[] {
  if (spec.format !== 'csv') return [''];
  return spec.table ? [spec.table] : tableNames;
}

/**
 * One document as the text each target receives, in the order of `targetsOf`. Rendering is
 * pure, so a worker can do it and hand the main thread strings instead of an object graph.
 */
export async function render(document: PlanDocument, spec: RenderSpec): Promise<string[]> {
  if (spec.format === 'json') return [formatJson(document)];
  if (spec.format === 'jsonl') return [formatJsonLine(document)];
  // Loaded only for CSV output.
  const { stringify } = await import('csv-stringify/sync');
  return targetsOf(spec).map((table) => {
    const rows = csvRows(document, table as TableName);
    return rows.length === 0 ? '' : stringify(rows);
  });
}
