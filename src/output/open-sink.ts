import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { openAtomicFile } from './atomic-file.js';
import { csvColumns, type TableName } from './csv-columns.js';
import { render, targetsOf, type OutputFormat, type RenderSpec } from './render.js';
import { writeChunk } from './write-chunk.js';
import type { PlanDocument } from '../schema/index.js';

export type { OutputFormat } from './render.js';

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
  /** How documents are rendered for this sink: a worker given it can render them itself. */
  spec: RenderSpec;
  write(document: PlanDocument): Promise<void>;
  /** A document already rendered with `spec` (one chunk per target). */
  writeRendered(chunks: readonly string[]): Promise<void>;
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
  const spec: RenderSpec = { format: options.format, ...(options.table ? { table: options.table } : {}) };
  const targets: Target[] = [];
  try {
    if (options.format === 'csv') {
      // Loaded only for CSV output.
      const { stringify } = await import('csv-stringify/sync');
      for (const table of targetsOf(spec) as TableName[]) {
        const target = await open(`${table}.csv`);
        targets.push(target);
        await target.write(bom + stringify([[...csvColumns[table]]]));
      }
    } else {
      targets.push(await open(options.format === 'jsonl' ? 'documents.jsonl' : (options.jsonName ?? 'document.json')));
    }
  } catch (error) {
    await Promise.all(targets.map((target) => target.abort()));
    throw error;
  }
  const writeRendered = async (chunks: readonly string[]) => {
    for (let i = 0; i < targets.length; i++) if (chunks[i]) await targets[i]!.write(chunks[i]!);
  };
  return {
    spec,
    write: async (document) => writeRendered(await render(document, spec)),
    writeRendered,
    async commit() {
      for (const target of targets) await target.commit();
    },
    async abort() {
      await Promise.all(targets.map((target) => target.abort()));
    },
  };
}

function stdoutTarget(stdout: Writable): Target {
  return { write: (chunk) => writeChunk(stdout, chunk), commit: async () => undefined, abort: async () => undefined };
}
