import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertOne, type BatchResult, type RenderedResult, type Task } from './convert-one.js';
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

/** How many results may wait, per job, behind a slow file before no new work is started. */
const windowPerJob = 4;

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
  // The pool is loaded only when there is work for more than one thread.
  const pool = threads > 1 ? new (await import('piscina')).Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: 2 }) : undefined;
  const window = pool ? threads * windowPerJob : 1;
  type Result = BatchResult | RenderedResult;
  const started: (Promise<Result> | undefined)[] = [];
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
    return (pool.run(task, { signal: options.signal }) as Promise<Result>).catch((error: unknown) => ({
      ok: false as const,
      path: input.path,
      bytes: 0,
      reason: `worker failed: ${(error as Error)?.message ?? String(error)}`,
    }));
  };
  let next = 0;
  try {
    for (let i = 0; i < inputs.length; i++) {
      for (; next < inputs.length && next < i + window; next++) started[next] = start(inputs[next]!);
      options.signal?.throwIfAborted();
      const result = await started[i]!;
      started[i] = undefined;
      options.signal?.throwIfAborted();
      yield result;
    }
  } finally {
    await pool?.destroy();
  }
}

/**
 * The built worker. Under vitest this module runs from src/ as TypeScript, which a worker
 * thread cannot load, so it falls back to dist/ (the test script builds first).
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
}
