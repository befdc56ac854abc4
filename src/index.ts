import { readFile } from 'node:fs/promises';
import { parseBytes, processFile, type FileResult, type ParseOptions } from './pipeline/process-file.js';
import type { PlanDocument } from './schema/index.js';

export * from './schema/index.js';
export { processFile, parseBytes, type FileResult, type ParseOptions };
export { InputError, supportedEncodings, type EncodingName } from './pipeline/decode.js';
export { loadGrammars } from './grammar/load.js';
export { convertBatch as parseBatch, type BatchOptions } from './batch/convert-batch.js';
export { expandInputs, supportedExtensions } from './batch/expand-inputs.js';
export { convertRecords as parseRecords, type RecordsOptions } from './records/convert-records.js';
export type { RecordResult } from './records/convert-record.js';
export { checkFixtures, type FixtureResult } from './check/check-fixtures.js';
export { csvColumns, tableNames, sheetOrder, type TableName } from './output/csv-columns.js';
export { csvRows } from './output/csv-rows.js';
export { ownersOf } from './extract/org/owners-of.js';
export { buildTasks } from './tasks/build-tasks.js';

/** Parse text already in memory. The default path "-" means standard input. */
export async function parseText(text: string, options: ParseOptions = {}): Promise<PlanDocument> {
  return parseBytes(new TextEncoder().encode(text), { ...options, encoding: options.encoding ?? 'utf-8' });
}

/** Read and parse one file. Throws InputError (with a plain reason) for input that is not a plan. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<PlanDocument> {
  return parseBytes(await readFile(path), { path, ...options });
}
