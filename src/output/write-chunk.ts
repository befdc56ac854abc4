import type { Writable } from 'node:stream';

/** Write and wait for the stream to drain, so a long batch never piles up output in memory. */
export async function writeChunk(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (chunk.length === 0) return;
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}
