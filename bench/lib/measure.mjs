import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
const rssHook = join(root, 'bench/lib/report-rss.mjs');

/** Whether this machine can pin a process to one core (Linux `taskset`). */
export const canPin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/**
 * Runs a node script as a whole process; returns wall time (ms) and peak RSS (MiB). Output is
 * discarded, or written to the file `output` names (as a shell's `> out.json` would). `pin` keeps
 * the whole process (V8's helper threads too) on core 0; `input` names a file to give it as
 * standard input. Exit 1 is accepted when `allowFailures` (some inputs failed).
 */
export function runNode(args, { cwd = root, pin = false, input, output, allowFailures = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pe-bench-'));
  const rssFile = join(dir, 'rss');
  const started = process.hrtime.bigint();
  const command = pin ? ['taskset', '-c', '0', process.execPath] : [process.execPath];
  const stdin = input === undefined ? 'ignore' : openSync(input, 'r');
  const stdout = output === undefined ? 'ignore' : openSync(output, 'w');
  const result = spawnSync(command[0], [...command.slice(1), '--import', rssHook, ...args], {
    cwd,
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof stdin === 'number') closeSync(stdin);
  if (typeof stdout === 'number') closeSync(stdout);
  if (result.status !== 0 && !(allowFailures && result.status === 1)) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(dir, { recursive: true, force: true });
  return { ms, rssMiB };
}

/** Like runNode, but without blocking, so two can run at once (wall time only). */
export function runNodeAsync(args, { cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6 }) : reject(new Error(`node ${args.join(' ')} exited ${code}`))));
  });
}

/** Several node processes started at once: wall time (ms) until the last one has finished. */
export async function runTogether(argsList, options) {
  const started = process.hrtime.bigint();
  await Promise.all(argsList.map((args) => runNodeAsync(args, options)));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs measurements (sync or async) alternately `rounds` times, so drift and noise hit them
 * alike; resolves to one list of results per measurement.
 */
export async function interleaved(rounds, ...measures) {
  const results = measures.map(() => []);
  for (let i = 0; i < rounds; i++) for (let j = 0; j < measures.length; j++) results[j].push(await measures[j]());
  return results;
}

/** The median of the ratios a[i] / b[i] of measurements taken in the same round. */
export function medianRatio(as, bs) {
  return median(as.map((a, i) => a / bs[i]));
}

/** Milliseconds an async function takes, once. */
export async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}
