import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAtomicFile, tempPathBeside, type AtomicFile } from './atomic-file.js';
import { sheetOrder, type TableName } from './csv-columns.js';
import type { HeaderLanguage } from './column-labels.js';
import { writeWorkbook } from './write-workbook.js';

/** A workbook being gathered: one spill target per sheet, in `sheetOrder`, then written whole. */
export type WorkbookSink = {
  /** Where each sheet's rows go as they come (JSON lines of row arrays), in `sheetOrder`. */
  spills: readonly AtomicFile[];
  /** Write the workbook to a temp file beside `path` and rename it into place. */
  commit(): Promise<void>;
  abort(): Promise<void>;
};

/**
 * Opens the workbook output: the temp file beside `path` is created now, so an unwritable path
 * fails before any work. Rows wait in spill files in the system's temp folder until commit, so
 * a batch of any size never holds its rows in memory and the sheets can be written one by one.
 */
export async function openWorkbookSink(path: string, headers: HeaderLanguage): Promise<WorkbookSink> {
  const temp = tempPathBeside(path);
  await (await open(temp, 'wx')).close();
  let dir: string | undefined;
  const spills: AtomicFile[] = [];
  const cleanUp = async () => {
    await Promise.all(spills.map((s) => s.abort()));
    await rm(temp, { force: true });
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  try {
    dir = await mkdtemp(join(tmpdir(), 'plan-extract-xlsx-'));
    for (const table of sheetOrder) spills.push(await openAtomicFile(join(dir, `${table}.jsonl`)));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    spills,
    async commit() {
      try {
        for (const spill of spills) await spill.commit();
        const files = Object.fromEntries(sheetOrder.map((table, i) => [table, spills[i]!.path])) as Record<TableName, string>;
        await writeWorkbook(temp, files, headers);
        const written = await open(temp, 'r+');
        await written.sync().finally(() => written.close());
        await rename(temp, path);
      } finally {
        await cleanUp();
      }
    },
    abort: cleanUp,
  };
}
