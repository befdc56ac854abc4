import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';

/**
 * A worker's young generation, larger than V8's default: a plan's working objects then die young
 * instead of being promoted, and the old generation no longer swells between full collections,
 * which made the peak memory of a long --records stream grow with its length (measured, --jobs 2,
 * JSON moved from workers, peak RSS of 20,000 vs 2,000 records: default 586 vs 457 MiB, 1.28×;
 * 64 MB: 511 vs 491 MiB, 1.04×; the same one with strings instead of bytes: 627/430 vs 545/523).
 */
const YOUNG_MB = 64;

/** How many results may wait, per worker, behind a slow input before no new work is started. */
export const windowPerJob = 4;

/**
 * A pool of `threads` batch workers, or undefined for one thread (work then runs in this one).
 * piscina is loaded only when there is work for more than one thread.
 */
export async function openPool(threads: number): Promise<Piscina | undefined> {
  if (threads <= 1) return undefined;
  const { Piscina } = await import('piscina');
  // Two tasks per worker: with every core parsing, a worker never waits on the main thread.
  return new Piscina({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: 2, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
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
