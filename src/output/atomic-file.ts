import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export type AtomicFile = {
  readonly path: string;
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flush and rename over `path`: readers see the old file or the whole new one, never a part. */
  commit(): Promise<void>;
  /** Drop the temp file; `path` is left as it was. Safe to call after a failed write or twice. */
  abort(): Promise<void>;
};

/** Writes are gathered into chunks of this size: one syscall per document would be slow. */
const flushAt = 1 << 16;

/**
 * A file written to a temp name in the same folder (so the rename cannot cross file systems)
 * and renamed into place only when complete.
 */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const temp = tempPathBeside(path);
  const handle: FileHandle = await open(temp, 'wx');
  let buffered: (string | Uint8Array)[] = [];
  let size = 0;
  let closed = false;
  const flush = async () => {
    if (size === 0) return;
    const chunks = buffered;
    buffered = [];
    size = 0;
    if (chunks.length === 1 && typeof chunks[0] !== 'string') await handle.writeFile(chunks[0]!); // a piece of JSON: no copy
    else if (chunks.every((c) => typeof c === 'string')) await handle.writeFile(chunks.join(''), 'utf8');
    else await handle.writeFile(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))));
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    path,
    async write(chunk) {
      buffered.push(chunk);
      size += chunk.length;
      if (size >= flushAt) await flush();
    },
    async commit() {
      await flush();
      await handle.sync();
      await close();
      await rename(temp, path);
    },
    async abort() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** A temp name in the same folder as `path` (so the rename cannot cross file systems), hidden, unique. */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** The whole content at once, with the same guarantee. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const file = await openAtomicFile(path);
  try {
    await file.write(content);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
