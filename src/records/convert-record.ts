import { convertOne } from '../batch/convert-one.js';
import { readRecord } from './read-record.js';
import type { EncodingName } from '../pipeline/decode.js';
import type { JsonAs, Rendered } from '../output/render.js';

/** One line of input for a worker. The line crosses threads as a string: parsing it is work too. */
export type RecordTask = { line: string; maxBytes?: number; encoding?: EncodingName; jsonAs?: JsonAs };

/**
 * One record's outcome with its output line already rendered (a document, or `{"path","error"}`):
 * only text and bytes cross back from a worker, and every input line has exactly one output line.
 */
export type RecordResult =
  | { ok: true; path: string; bytes: number; line: Rendered; entities: number }
  | { ok: false; path: string | null; bytes: number; line: Rendered; reason: string; detail?: string };

/** Parse, check and convert one record; never throws. */
export async function convertRecord(task: RecordTask): Promise<RecordResult> {
  const input = readRecord(task.line, task.maxBytes);
  if (!input.ok) return recordFailure(input.path, input.reason);
  const encoding = input.encoding ?? task.encoding;
  const fileTask = { path: input.path, file: input.path, render: { format: 'jsonl' as const }, ...(encoding ? { encoding } : {}), ...(task.jsonAs ? { jsonAs: task.jsonAs } : {}) };
  const result = await convertOne(fileTask, input.bytes);
  if (!result.ok) return recordFailure(input.path, result.reason, result.bytes, result.detail);
  return { ok: true, path: input.path, bytes: result.bytes, line: result.rendered.chunks[0]!, entities: result.rendered.entities };
}

/** The error line for a record that failed: its path (null when it has none) and a one-line reason. */
export function recordFailure(path: string | null, reason: string, bytes = 0, detail?: string): RecordResult {
  const error = reason.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return { ok: false, path, bytes, line: JSON.stringify({ path, error }) + '\n', reason: error, ...(detail ? { detail } : {}) };
}
