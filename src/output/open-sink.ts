import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { openAtomicFile } from './atomic-file.js';
import type { TableName } from './csv-columns.js';
import { columnLabels, type HeaderLanguage } from './column-labels.js';
import { render, targetsOf, type OutputFormat, type Rendered, type RenderSpec } from './render.js';
import { writeChunk } from './write-chunk.js';
import type { WorkbookSink } from './workbook-sink.js';
import type { PlanDocument } from '../schema/index.js';

export type { OutputFormat } from './render.js';

export type SinkOptions = {
  /** Absent when only a workbook is written. */
  format?: OutputFormat;
  /** Write files here instead of to stdout. */
  outDir?: string;
  /** With csv: only this table (to stdout, or its one file under outDir). */
  table?: TableName;
  /** With json and outDir: the file name. */
  jsonName?: string;
  /** The names in the CSV header rows and the workbook (default: the column names of docs/csv.md). */
  headers?: HeaderLanguage;
  /** Also write one workbook here, a sheet per table (see write-workbook.ts). */
  xlsx?: string;
  stdout: Writable;
};

/** Where documents go, one at a time, in order. Files appear only on commit. */
export type Sink = {
  /** How documents are rendered for this sink: a worker given it can render them itself. */
  spec: RenderSpec;
  write(document: PlanDocument): Promise<void>;
  /** A document already rendered with `spec` (one chunk per target). */
  writeRendered(chunks: readonly Rendered[]): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
};

type Target = { write(chunk: string | Uint8Array): Promise<void>; commit(): Promise<void>; abort(): Promise<void> };

/** Excel and WPS read a BOM-less CSV as the local code page; with it they show Chinese intact. */
const bom = '\uFEFF';

/** Opens every output up front, so an unwritable --out fails before any work is done. */
export async function openSink(options: SinkOptions): Promise<Sink> {
  const open = async (name: string): Promise<Target> => {
    if (options.outDir === undefined) return stdoutTarget(options.stdout);
    await mkdir(options.outDir, { recursive: true });
    return openAtomicFile(join(options.outDir, name));
  };
  const spec: RenderSpec = { ...(options.format ? { format: options.format } : {}), ...(options.table ? { table: options.table } : {}), ...(options.xlsx ? { xlsx: true } : {}) };
  const targets: Target[] = [];
  let workbook: WorkbookSink | undefined;
  try {
    if (options.format === undefined) {
      // Only the workbook.
    } else if (options.format === 'csv') {
      // Loaded only for CSV output.
      const { stringify } = await import('csv-stringify/sync');
      for (const table of targetsOf({ ...spec, xlsx: false }) as TableName[]) {
        const target = await open(`${table}.csv`);
        targets.push(target);
        await target.write(bom + stringify([columnLabels(table, options.headers ?? 'en')]));
      }
    } else {
      targets.push(await open(options.format === 'jsonl' ? 'documents.jsonl' : (options.jsonName ?? 'document.json')));
    }
    if (options.xlsx !== undefined) {
      // Loaded only for --xlsx (it brings ExcelJS with it when the workbook is written).
      const { openWorkbookSink } = await import('./workbook-sink.js');
      workbook = await openWorkbookSink(options.xlsx, options.headers ?? 'en');
      targets.push(...workbook.spills);
    }
  } catch (error) {
    await Promise.all(targets.map((target) => target.abort()));
    await workbook?.abort();
    throw error;
  }
  const files = workbook ? targets.slice(0, targets.length - workbook.spills.length) : targets;
  const writeRendered = async (chunks: readonly Rendered[]) => {
    for (let i = 0; i < targets.length; i++) {
      const chunk = chunks[i];
      if (typeof chunk === 'string') {
        if (chunk) await targets[i]!.write(chunk);
      } else if (chunk) for (const piece of chunk) await targets[i]!.write(piece);
    }
  };
  return {
    spec,
    write: async (document) => writeRendered(await render(document, spec)),
    writeRendered,
    async commit() {
      for (const target of files) await target.commit();
      await workbook?.commit();
    },
    async abort() {
      await Promise.all(files.map((target) => target.abort()));
      await workbook?.abort();
    },
  };
}

function stdoutTarget(stdout: Writable): Target {
  return { write: (chunk) => writeChunk(stdout, chunk), commit: async () => undefined, abort: async () => undefined };
}
