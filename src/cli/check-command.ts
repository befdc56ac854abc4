import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkFixtures } from '../check/check-fixtures.js';
import { expectedNameOf } from '../check/golden-of.js';
import { writeChunk } from '../output/write-chunk.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/** Enough to see what drifted; a shifted span can otherwise produce thousands of lines. */
const maxLinesPerFixture = 40;

/** `check FIXTURES_DIR [--update]`: diffs on stdout, one summary line on stderr; 1 on any drift. */
export async function checkCommand(dir: string, options: { update: boolean; jobs: number; expected?: string }, io: Io): Promise<number> {
  const absolute = resolve(io.cwd, dir);
  const isDir = await stat(absolute).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new UsageError(`${dir}: not a folder of fixtures`);
  let total = 0;
  let failed = 0;
  let updated = 0;
  const expectedDir = options.expected === undefined ? undefined : resolve(io.cwd, options.expected);
  for await (const { name, status, lines } of checkFixtures(absolute, { ...options, ...(expectedDir ? { expectedDir } : {}) })) {
    total++;
    if (status === 'ok') continue;
    if (status === 'updated') {
      updated++;
      await writeChunk(io.stdout, `updated ${expectedNameOf(name)}\n`);
      continue;
    }
    failed++;
    const shown = lines.slice(0, maxLinesPerFixture);
    if (lines.length > shown.length) shown.push(`… and ${lines.length - shown.length} more differences`);
    await writeChunk(io.stdout, shown.map((line) => `${name}: ${line}\n`).join(''));
  }
  if (total === 0) throw new UsageError(`${dir}: no fixture inputs (.txt, .md, .docx, .html) found`);
  const parts = [`checked ${total} fixtures`, `${total - failed - updated} unchanged`, `${failed} failed`];
  if (options.update) parts.push(`${updated} updated`);
  io.stderr.write(parts.join(', ') + '\n');
  return failed > 0 ? 1 : 0;
}
