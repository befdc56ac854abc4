import { resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { Chalk } from 'chalk';
import { convertOne } from '../batch/convert-one.js';
import { formatOutline } from '../output/format-outline.js';
import { writeChunk } from '../output/write-chunk.js';
import { colorLevel } from './color-level.js';
import type { Io } from './io.js';
import type { EncodingName } from '../pipeline/decode.js';

/** `outline FILE`: the heading tree of one plan, for reading on a terminal. */
export async function outlineCommand(file: string, options: { encoding?: EncodingName; debug?: boolean }, io: Io): Promise<number> {
  const task = { path: file, file: file === '-' ? '-' : resolve(io.cwd, file), ...(options.encoding ? { encoding: options.encoding } : {}) };
  const stdin = file === '-' ? new Uint8Array(await buffer(io.stdin)) : undefined;
  const result = await convertOne(task, stdin);
  if (!result.ok) {
    io.stderr.write(`${result.path}: ${result.reason}\n`);
    if (options.debug && result.detail) io.stderr.write(result.detail.replace(/^/gm, '    ') + '\n');
    return 1;
  }
  const chalk = new Chalk({ level: colorLevel(io.env, io.stdoutIsTTY) });
  await writeChunk(io.stdout, formatOutline(result.document, chalk));
  return 0;
}
