import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { convertRecords } from '../records/convert-records.js';
import { openSink, type Sink } from '../output/open-sink.js';
import { UsageError } from './usage-error.js';
import type { ParseCommandOptions } from './parse-options.js';
import type { Io } from './io.js';

/**
 * `parse --records FILE|-`: the map step of Spark's RDD.pipe, Hadoop streaming and GNU parallel
 * --pipe. One output line per input line, in order: the document, or {"path","error"} for a
 * record that failed (also `path: reason` on stderr unless --quiet). Exit 0 when every record
 * converted, 1 when any failed; an empty input is no records and exit 0 (an empty partition).
 */
export async function recordsCommand(source: string, options: ParseCommandOptions, io: Io): Promise<number> {
  const now = io.now ?? (() => performance.now());
  const started = now();
  const input = await openInput(source, io);
  const sink = await openOutput(options, io);
  let failed = 0;
  let converted = 0;
  let entities = 0;
  let index = 0;
  try {
    const records = convertRecords(input, {
      jobs: options.jobs,
      maxBytes: options.maxBytes,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    });
    for await (const result of records) {
      index++;
      // Waits for stdout to drain: a reader that falls behind holds the whole pipeline back.
      await sink.writeRendered([result.line]);
      if (result.ok) {
        converted++;
        entities += result.entities;
        continue;
      }
      failed++;
      if (options.quiet) continue;
      io.stderr.write(`${result.path ?? `record ${index}`}: ${result.reason}\n`);
      if (options.debug && result.detail) io.stderr.write(result.detail.replace(/^/gm, '    ') + '\n');
    }
    await sink.commit();
  } catch (error) {
    await sink.abort();
    input.destroy();
    if (io.signal?.aborted) {
      io.stderr.write('interrupted: no output file was changed\n');
      return 130;
    }
    throw error;
  }
  if (!options.quiet) {
    const seconds = ((now() - started) / 1000).toFixed(1);
    io.stderr.write(`converted ${converted} records, failed ${failed}, ${entities} entities, in ${seconds} s\n`);
  }
  return failed > 0 ? 1 : 0;
}

/** Standard input, or a file of records; a file that cannot be opened is a usage error (exit 2). */
async function openInput(source: string, io: Io): Promise<Readable> {
  let stream: Readable = io.stdin;
  if (source !== '-') {
    try {
      stream = (await open(resolve(io.cwd, source))).createReadStream();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read --records ${source}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  // Ctrl-C stops a run that is waiting for input, too.
  return io.signal ? addAbortSignal(io.signal, stream) : stream;
}

/** JSON Lines to stdout, or to documents.jsonl under --out (written whole or not at all). */
async function openOutput(options: ParseCommandOptions, io: Io): Promise<Sink> {
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  try {
    return await openSink({ format: 'jsonl', stdout: io.stdout, ...(outDir ? { outDir } : {}) });
  } catch (error) {
    throw new UsageError(`cannot write to --out ${options.out}: ${(error as Error).message}`);
  }
}
