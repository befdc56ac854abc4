import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { openAtomicFile } from './atomic-file.js';
import { csvColumns, tableNames, type TableName } from './csv-columns.js';
import { csvRows } from './csv-rows.js';
import { formatJson, formatJsonLine } from './json.js';
import { writeChunk } from './write-chunk.js';
import type { PlanDocument } from '../schema/index.js';

export type OutputFormat = 'json' | 'jsonl' | 'csv';

export type SinkOptions = {
  format: OutputFormat;
  /** Write files here instead of to stdout. */
  outDir?: string;
  /** With csv: only this table (to stdout, or its one file under outDir). */
  table?: TableName;
  /** With json and outDir: the file name. */
  jsonName?: string;
  stdout: Writable;
};

/** Where documents go, one at a time, in order. Files appear only on commit. */
export type Sink = {
  write(document: PlanDocument): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
};

type Target = { write(chunk: string): Promise<void>; commit(): Promise<void>; abort(): Promise<void> };

/** Excel and WPS read a BOM-less CSV as the local code page; with it they show Chinese intact. */
const bom = '\uFEFF';

/** Opens every output up front, so an unwritable --out fails before any work is done. */
export async function openSink(options: SinkOptions): Promise<Sink> {
  const open = async (name: string): Promise<Target> => {
    if (options.outDir === undefined) return stdoutTarget(options.stdout);
    await mkdir(options.outDir, { recursive: true });
    return openAtomicFile(join(options.outDir, name));
  };
  if (options.format === 'csv') {
    // Loaded only for CSV output.
    const { stringify } = await import('csv-stringify/sync');
    const tables = options.table ? [options.table] : tableNames;
    const targets: [TableName, Target][] = [];
    try {
      for (const table of tables) targets.push([table, await open(`${table}.csv`)]);
      for (const [table, target] of targets) await target.write(bom + stringify([[...csvColumns[table]]]));
    } catch (error) {
      await Promise.all(targets.map(([, target]) => target.abort()));
      throw error;
    }
    return fanOut(targets, (document, table) => {
      const rows = csvRows(document, table);
      return rows.length === 0 ? '' : stringify(rows);
    });
  }
  const target = await open(options.format === 'jsonl' ? 'documents.jsonl' : (options.jsonName ?? 'document.json'));
  const format = options.format === 'jsonl' ? formatJsonLine : formatJson;
  return fanOut([['', target]], (document) => format(document));
}

function fanOut<K>(targets: [K, Target][], chunkOf: (document: PlanDocument, key: K) => string): Sink {
  return {
    async write(document) {
      for (const [key, target] of targets) await target.write(chunkOf(document, key));
    },
    async commit() {
      for (const [, target] of targets) await target.commit();
    },
    async abort() {
      await Promise.all(targets.map(([, target]) => target.abort()));
    },
  };
}

function stdoutTarget(stdout: Writable): Target {
  return { write: (chunk) => writeChunk(stdout, chunk), commit: async () => undefined, abort: async () => undefined };
}
