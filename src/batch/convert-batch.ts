import { convertOne, type BatchFailure, type BatchResult, type RenderedResult, type Task } from './convert-one.js';
import { openPool, windowPerJob } from './open-pool.js';
import { workerFailureReason } from './worker-failure.js';
import { orderedMap } from './ordered-map.js';
import type { InputEntry } from './expand-inputs.js';
import type { RenderSpec } from '../output/render.js';
import type { EncodingName } from '../pipeline/decode.js';

export type BatchOptions = {
  /** 1 runs in this thread; more spreads files over a worker pool. Output is the same either way. */
  jobs: number;
  encoding?: EncodingName;
  /** Files larger than this are refused before they are read (no limit when absent). */
  maxBytes?: number;
  /** Give back rendered text (RenderedResult) instead of documents. */
  render?: RenderSpec;
  /** Bytes of standard input, for the input '-'. Always parsed in this thread. */
  readStdin?: () => Promise<Uint8Array>;
  signal?: AbortSignal;
};

/**
 * Every input's result, in input order, each as soon as it and all before it are done.
 * Work runs ahead of the consumer by a bounded window (a reorder buffer), so memory stays
 * flat however many files there are, and the order never depends on which worker was faster.
 */
export function convertBatch(inputs: readonly InputEntry[], options: BatchOptions & { render: RenderSpec }): AsyncGenerator<RenderedResult>;
export function convertBatch(inputs: readonly InputEntry[], options: BatchOptions): AsyncGenerator<BatchResult>;
export async function* convertBatch(inputs: readonly InputEntry[], options: BatchOptions): AsyncGenerator<BatchResult | RenderedResult> {
  const files = inputs.filter((input) => input.file !== '-').length;
  const threads = Math.min(options.jobs, files);
  const pool = await openPool(threads);
  const window = pool ? threads * windowPerJob : 1;
  type Result = BatchResult | RenderedResult;
  const start = (input: InputEntry): Promise<Result> => {
    const task: Task = {
      path: input.path,
      file: input.file,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.render ? { render: options.render } : {}),
    };
    if (input.file === '-') return (options.readStdin?.() ?? Promise.resolve(new Uint8Array())).then((bytes) => convertOne(task, bytes));
    if (!pool) return convertOne(task);
    return (pool.run(task, { signal: options.signal }) as Promise<Result>).catch((error: unknown) => workerFailure(input.path, error));
  };
  try {
    yield* orderedMap(inputs, start, window, options.signal);
  } finally {
    await pool?.destroy();
  }
}

/** A worker that died or was stopped: the input fails, the batch goes on. */
function workerFailure(path: string, error: unknown): BatchFailure {
  return { ok: false, path, bytes: 0, reason: workerFailureReason(error) };
}
