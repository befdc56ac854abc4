import { convertOne, type BatchResult, type RenderedResult, type Task } from './convert-one.js';
import { settled } from '../output/render.js';
import type { RecordResult, RecordTask } from '../records/convert-record.js';

/** Piscina entry point: one task in, one serialisable result out. The pipeline loads once per worker. */
export default async function worker(task: Task): Promise<BatchResult | RenderedResult> {
  const result: BatchResult | RenderedResult = await convertOne(task);
  // Rendered JSON is made lazily, piece by piece; what crosses threads must be made now.
  if (!result.ok || !('rendered' in result)) return result;
  const { rendered } = result as Extract<RenderedResult, { ok: true }>;
  return { ...result, rendered: { ...rendered, chunks: settled(rendered.chunks) } };
}

/** `parse --records` (piscina `name: 'record'`): loaded on first use, so file batches never load zod. */
export async function record(task: RecordTask): Promise<RecordResult> {
  const result = await (await import('../records/convert-record.js')).convertRecord(task);
  return { ...result, line: settled([result.line])[0]! };
}
