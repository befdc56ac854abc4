import { Chalk } from 'chalk';
import { comparePlans } from '../compare/compare-plans.js';
import { formatDiff } from '../output/format-diff.js';
import { writeChunk } from '../output/write-chunk.js';
import { colorLevel } from './color-level.js';
import { readPlan } from './read-plan.js';
import { UsageError } from './usage-error.js';
import type { EncodingName } from '../pipeline/decode.js';
import type { Io } from './io.js';

export type DiffOptions = { format: 'text' | 'json' | 'csv'; exitCode: boolean; encoding?: EncodingName; debug: boolean };

/**
 * `diff OLD NEW`: what changed from one plan to the other. Exit 0 when it ran, differences or
 * not; with --exit-code, 1 when there are differences (as `git diff --exit-code`); 2 when a plan
 * could not be read.
 */
export async function diffCommand(oldFile: string, newFile: string, options: DiffOptions, io: Io): Promise<number> {
  if (oldFile === '-' && newFile === '-') throw new UsageError('only one of OLD and NEW can be - (standard input)');
  const read = { ...(options.encoding ? { encoding: options.encoding } : {}), debug: options.debug };
  const [before, after] = [await readPlan(oldFile, read, io), await readPlan(newFile, read, io)];
  const failures = [before, after].flatMap((r) => (r.ok ? [] : [r.message]));
  if (failures.length > 0 || !before.ok || !after.ok) {
    io.stderr.write(failures.map((m) => m + '\n').join(''));
    return 2;
  }
  const diff = comparePlans(before.document, after.document);
  if (options.format === 'json') await writeChunk(io.stdout, JSON.stringify(diff, null, 2) + '\n');
  else if (options.format === 'csv') {
    const { stringify } = await import('csv-stringify/sync');
    const { diffCsvRows } = await import('../output/diff-csv-rows.js');
    // A BOM, as for every CSV written here: Excel and WPS then read the Chinese as UTF-8.
    await writeChunk(io.stdout, '\uFEFF' + stringify(diffCsvRows(diff)));
  } else {
    const chalk = new Chalk({ level: colorLevel(io.env, io.stdoutIsTTY) });
    await writeChunk(io.stdout, formatDiff(diff, chalk));
  }
  return options.exitCode && diff.changes.length > 0 ? 1 : 0;
}
