import { move, transferableSymbol, valueSymbol } from 'piscina';
import { convertOne, type BatchResult, type RenderedResult, type Task } from './convert-one.js';
import type { RecordResult, RecordTask } from '../records/convert-record.js';

/** Piscina entry point: one task in, one serialisable result out. The pipeline loads once per worker. */
export default async function worker(task: Task): Promise<BatchResult | RenderedResult> {
  // JSON that crosses to the main thread is made at once, as bytes (see JsonAs in render.ts).
  const result: BatchResult | RenderedResult = await convertOne({ ...task, jsonAs: 'bytes' });
  if (!result.ok || !('rendered' in result)) return result;
  return handOver(result, (result as Extract<RenderedResult, { ok: true }>).rendered.chunks);
}

/** `parse --records` (piscina `name: 'record'`): loaded on first use, so file batches never load zod. */
export async function record(task: RecordTask): Promise<RecordResult> {
  const result = await (await import('../records/convert-record.js')).convertRecord({ ...task, jsonAs: 'bytes' });
  return handOver(result, [result.line]);
}

/**
 * A result whose JSON bytes are moved to the main thread, not copied: a copy is made there from
 * the main thread's own allocator, and a long stream of them grew the process (see JsonAs).
 */
function handOver<T extends object>(result: T, chunks: ReadonlyArray<unknown>): T {
  // Only pieces that own their whole buffer (encodeJson's do): moving a shared one would empty it here.
  const owns = (piece: Uint8Array) => piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength;
  const buffers = chunks.flatMap((chunk) => (Array.isArray(chunk) && chunk.every(owns) ? chunk.map((piece: Uint8Array) => piece.buffer) : []));
  if (buffers.length === 0) return result;
  return move({ [transferableSymbol]: buffers, [valueSymbol]: result } as never) as unknown as T;
}
