import type { Writable } from 'node:stream';

export type Progress = {
  /** One more input done. */
  advance(bytes: number, failed: boolean): void;
  /** Print a whole line (a failure) above the bar. */
  line(text: string): void;
  /** Erase the bar. */
  done(): void;
};

type Options = { stderr: Writable; total: number; enabled: boolean; now: () => number; columns?: number };

/** At most ~10 redraws a second: redrawing per file would cost more than parsing small files. */
const redrawEvery = 100;

/**
 * A one-line bar on a terminal's stderr: files done/total, MB/s, failures. When disabled
 * (not a TTY, --quiet) only the lines are printed, so logs stay clean.
 */
export function createProgress({ stderr, total, enabled, now, columns = 80 }: Options): Progress {
  const started = now();
  let done = 0;
  let failed = 0;
  let bytes = 0;
  let lastDraw = -Infinity;
  let shown = false;
  const clear = () => {
    if (shown) stderr.write('\r\x1b[K');
    shown = false;
  };
  const draw = () => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = (bytes / 1e6 / seconds).toFixed(1);
    const tail = ` ${done}/${total} files  ${rate} MB/s${failed ? `  ${failed} failed` : ''}`;
    const width = Math.max(10, Math.min(30, columns - tail.length - 3));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}\x1b[K`);
    shown = true;
    lastDraw = now();
  };
  return {
    advance(size, isFailure) {
      done++;
      bytes += size;
      if (isFailure) failed++;
      if (enabled && (now() - lastDraw >= redrawEvery || done === total)) draw();
    },
    line(text) {
      clear();
      stderr.write(text.endsWith('\n') ? text : text + '\n');
      if (enabled && done < total) draw();
    },
    done: clear,
  };
}
