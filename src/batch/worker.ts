import { convertOne, type BatchResult, type RenderedResult, type Task } from './convert-one.js';
import type { RecordResult, RecordTask } from '../records/convert-record.js';

/** Piscina entry point: one task in, one serialisable result out. The pipeline loads once per worker. */
export default function worker(task: Task): Promise<BatchResult | RenderedResult> {
  // JSON that crosses to the main thread is made as text (see JsonAs in render.ts).
  return convertOne({ ...task, jsonAs: 'text' });
}

/** `parse --records` (piscina `name: 'record'`): loaded on first use, so file batches never load zod. */
export async function record(task: RecordTask): Promise<RecordResult> {
  return (await import('../records/convert-record.js')).convertRecord({ ...task, jsonAs: 'text' });
}
