import { PassThrough, Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

export type FakeIo = Io & { out(): string; err(): string; outBytes(): Buffer };

/** Streams that collect what run() prints; stdin is given text or bytes (or nothing). */
export function fakeIo(cwd: string, overrides: Partial<Io> & { input?: string | Uint8Array } = {}): FakeIo {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        into.push(Buffer.from(chunk));
        done();
      },
    });
  const { input, ...rest } = overrides;
  const stdin = input === undefined ? new PassThrough().end() : Readable.from([Buffer.from(input)]);
  return {
    stdin,
    stdout: sink(out),
    stderr: sink(err),
    cwd,
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...rest,
    out: () => Buffer.concat(out).toString('utf8'),
    outBytes: () => Buffer.concat(out),
    err: () => Buffer.concat(err).toString('utf8'),
  };
}
