import type { Readable, Writable } from 'node:stream';

/**
 * Everything `run` may touch of the outside world. The bin passes the real process;
 * tests pass fake streams, a fixed cwd and env, and a clock they control.
 */
export type Io = {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Terminal width for the progress bar. */
  columns?: number;
  /** Terminal width of standard output, for tables printed for a person (tasks). */
  stdoutColumns?: number;
  /** Milliseconds; only the CLI reads the clock (progress and summary), never the library. */
  now?: () => number;
  /** Aborted on SIGINT: the run stops, removes its temp files and leaves existing outputs alone. */
  signal?: AbortSignal;
};
