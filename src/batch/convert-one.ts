import { lstatSync, readFileSync, statSync } from 'node:fs';
import type { EncodingName } from '../pipeline/decode.js';
import type { PlanDocument } from '../schema/index.js';
import type { JsonAs, Rendered, RenderSpec } from '../output/render.js';

/** One unit of batch work. Paths, not bytes, cross to a worker: each worker reads its own file. */
export type Task = {
  path: string;
  file: string;
  encoding?: EncodingName;
  maxBytes?: number;
  /** Render the document here and return text and bytes: they cross threads far cheaper than objects. */
  render?: RenderSpec;
  /** Set by a worker: rendered JSON is to cross threads, so it is made as text (see JsonAs). */
  jsonAs?: JsonAs;
};

/** A FileResult that can cross a thread boundary: the cause is reduced to its stack text. */
export type BatchResult = { ok: true; path: string; bytes: number; document: PlanDocument } | BatchFailure;
export type BatchFailure = { ok: false; path: string; bytes: number; reason: string; detail?: string };
/** A result rendered in place (Task.render): what the sink writes and the entity count for the summary. */
export type RenderedResult = { ok: true; path: string; bytes: number; rendered: { chunks: Rendered[]; entities: number } } | BatchFailure;

/**
 * Read and parse one input; never throws. The pipeline is imported lazily so that commands
 * which do not parse (schema, --help) never load jieba or the grammars.
 */
export function convertOne(task: Task & { render: RenderSpec }, given?: Uint8Array): Promise<RenderedResult>;
export function convertOne(task: Task, given?: Uint8Array): Promise<BatchResult>;
export async function convertOne(task: Task, given?: Uint8Array): Promise<BatchResult | RenderedResult> {
  let bytes: Uint8Array;
  try {
    // Read synchronously: the parse that follows holds this thread anyway, and each
    // asynchronous step would wait for a libuv pool thread, which on a machine whose cores
    // are all parsing (--jobs = cores) left every worker idle a tenth of the time.
    if (!given && task.maxBytes !== undefined) {
      // Checked before reading: a 50 MB file is refused without being held in memory.
      const { size } = statSync(task.file);
      if (size > task.maxBytes) return { ok: false, path: task.path, bytes: 0, reason: tooLarge(size, task.maxBytes) };
    }
    bytes = given ?? readFileSync(task.file);
  } catch (error) {
    return { ok: false, path: task.path, bytes: 0, reason: readFailure(task.file, error) };
  }
  const { processFile } = await import('../pipeline/process-file.js');
  const result = await processFile(bytes, { path: task.path, encoding: task.encoding });
  if (result.ok && task.render) {
    const { render } = await import('../output/render.js');
    const d = result.document;
    const entities = d.metrics.length + d.times.length + d.policies.length + d.orgs.length + d.terms.length;
    return { ok: true, path: task.path, bytes: bytes.length, rendered: { chunks: await render(d, task.render, task.jsonAs), entities } };
  }
  if (result.ok) return { ok: true, path: task.path, bytes: bytes.length, document: result.document };
  const detail = result.cause instanceof Error ? result.cause.stack : undefined;
  return { ok: false, path: task.path, bytes: bytes.length, reason: result.reason, ...(detail ? { detail } : {}) };
}

function tooLarge(size: number, limit: number): string {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `too large: ${mb(size)} (the limit is ${mb(limit)}; raise it with --max-size)`;
}

/** A plain reason for the user, not an errno dump. */
function readFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    let isLink = false;
    try {
      isLink = lstatSync(file).isSymbolicLink();
    } catch {
      // gone entirely: not a link
    }
    // Inputs are listed only if they exist, so a missing one went away after it was listed.
    return isLink ? 'broken symbolic link' : 'no such file: it vanished after it was listed';
  }
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'file too large';
  return `cannot read: ${(error as Error).message}`;
}
