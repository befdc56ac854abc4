import { Chalk } from 'chalk';
import { readPlan } from './read-plan.js';
import { formatOutline } from '../output/format-outline.js';
import { writeChunk } from '../output/write-chunk.js';
import { colorLevel } from './color-level.js';
import type { Io } from './io.js';
import type { EncodingName } from '../pipeline/decode.js';

/** `outline FILE`: the heading tree of one plan, for reading on a terminal. */
export async function outlineCommand(file: string, options: { encoding?: EncodingName; debug?: boolean }, io: Io): Promise<number> {
  const result = await readPlan(file, options, io);
  if (!result.ok) {
    io.stderr.write(`${result.message}\n`);
    return 1;
  }
  const chalk = new Chalk({ level: colorLevel(io.env, io.stdoutIsTTY) });
  await writeChunk(io.stdout, formatOutline(result.document, chalk));
  return 0;
}
