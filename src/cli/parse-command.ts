import { basename, extname, resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { expandInputs, supportedExtensions } from '../batch/expand-inputs.js';
import { convertBatch } from '../batch/convert-batch.js';
import { openSink, type Sink } from '../output/open-sink.js';
import { createProgress } from './progress.js';
import { UsageError } from './usage-error.js';
import type { ParseCommandOptions } from './parse-options.js';
import type { Io } from './io.js';

/**
 * `parse FILE|DIR|GLOB|- ...`: expand, convert in path order, write each document as it is
 * done, report failures one line each, and return the exit code (0 all converted, 1 some failed).
 */
export async function parseCommand(args: readonly string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const now = io.now ?? (() => performance.now());
  const started = now();
  const { inputs, missing, empty } = await expandInputs(args, io.cwd);
  if (inputs.length === 0 && missing.length === 0) {
    throw new UsageError(`nothing to parse: no ${supportedExtensions.map((e) => `.${e}`).join(' ')} files in ${args.join(' ')}`);
  }
  const single = args.length === 1 && (missing.length === 1 || (inputs.length === 1 && inputs[0]!.path === args[0]));
  // With --xlsx alone, the workbook is the only output.
  const format = options.format ?? (options.xlsx ? undefined : single ? 'json' : 'jsonl');
  if (format === 'json' && !single) {
    throw new UsageError('--json writes one document, but a folder, a glob or several files were given: use --jsonl or --csv');
  }
  const sink = await openOutput(options, format, args[0] ?? '-', io);
  const progress = createProgress({
    stderr: io.stderr,
    total: inputs.length,
    enabled: Boolean(io.stderrIsTTY) && !options.quiet,
    now,
    ...(io.columns ? { columns: io.columns } : {}),
  });
  let failed = 0;
  let converted = 0;
  let entities = 0;
  // A named file that does not exist is a failed input, like one that cannot be read (exit 1).
  for (const problem of [...missing.map((p) => `${p}: no such file`), ...empty.map((p) => `${p}: no supported files`)]) {
    progress.line(problem);
    failed++;
  }
  try {
    const readStdin = () => buffer(io.stdin).then((b) => new Uint8Array(b));
    const jobs = { jobs: options.jobs, maxBytes: options.maxBytes, render: sink.spec, readStdin, ...(options.encoding ? { encoding: options.encoding } : {}), ...(io.signal ? { signal: io.signal } : {}) };
    for await (const result of convertBatch(inputs, jobs)) {
      progress.advance(result.bytes, !result.ok);
      if (result.ok) {
        // Rendered where it was parsed (in a worker, with --jobs > 1): only text and bytes cross threads.
        await sink.writeRendered(result.rendered.chunks);
        entities += result.rendered.entities;
        converted++;
      } else {
        failed++;
        progress.line(`${result.path}: ${result.reason}`);
        if (options.debug && result.detail) progress.line(result.detail.replace(/^/gm, '    '));
      }
    }
    await sink.commit();
  } catch (error) {
    await sink.abort();
    progress.done();
    if (io.signal?.aborted) {
      io.stderr.write('interrupted: no output file was changed\n');
      return 130;
    }
    throw error;
  }
  progress.done();
  if (!options.quiet) {
    const seconds = ((now() - started) / 1000).toFixed(1);
    io.stderr.write(`converted ${converted} files, failed ${failed}, ${entities} entities, in ${seconds} s\n`);
  }
  return failed > 0 ? 1 : 0;
}

/** An output that cannot be opened is the caller's mistake (exit 2), found before any work. */
async function openOutput(options: ParseCommandOptions, format: 'json' | 'jsonl' | 'csv' | undefined, first: string, io: Io): Promise<Sink> {
  const outDir = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  const xlsx = options.xlsx === undefined ? undefined : resolve(io.cwd, options.xlsx);
  const jsonName = first === '-' ? 'document.json' : `${basename(first, extname(first))}.json`;
  try {
    return await openSink({
      ...(format ? { format } : {}), stdout: io.stdout, jsonName, headers: options.headers,
      ...(outDir ? { outDir } : {}), ...(options.table ? { table: options.table } : {}), ...(xlsx ? { xlsx } : {}),
    });
  } catch (error) {
    const flag = options.out !== undefined ? `--out ${options.out}` : `--xlsx ${options.xlsx}`;
    throw new UsageError(`cannot write to ${flag}: ${(error as Error).message}`);
  }
}
