import { Chalk } from 'chalk';
import { readPlan } from './read-plan.js';
import { formatTasks } from '../output/format-tasks.js';
import { writeChunk } from '../output/write-chunk.js';
import { colorLevel } from './color-level.js';
import type { Io } from './io.js';
import type { EncodingName } from '../pipeline/decode.js';
import type { HeaderLanguage } from '../output/column-labels.js';

/** Width assumed when standard output is not a terminal: the table, not the narrow blocks. */
const defaultWidth = 120;

/** `tasks FILE`: the plan's tasks for reading on a terminal (a 任务分解表). */
export async function tasksCommand(file: string, options: { encoding?: EncodingName; debug?: boolean; headers?: HeaderLanguage; width?: number }, io: Io): Promise<number> {
  const result = await readPlan(file, options, io);
  if (!result.ok) {
    io.stderr.write(`${result.message}\n`);
    return 1;
  }
  const chalk = new Chalk({ level: colorLevel(io.env, io.stdoutIsTTY) });
  const width = options.width ?? (io.stdoutIsTTY && io.stdoutColumns ? io.stdoutColumns : defaultWidth);
  await writeChunk(io.stdout, formatTasks(result.document, chalk, width, options.headers ?? 'en'));
  return 0;
}
