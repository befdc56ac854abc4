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
 * discarded. `pin` keeps the whole process (V8's helper threads too) on core 0; `input` names a
 * file to give it as standard input. Exit 1 is accepted when `allowFailures` (some inputs failed).
 */
export function runNode(args, { cwd = root, pin = false, input, allowFailures = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pe-bench-'));
  const rssFile = join(dir, 'rss');
  const started = process.hrtime.bigint();
  const command = pin ? ['taskset', '-c', '0', process.execPath] : [process.execPath];
  const stdin = input === undefined ? 'ignore' : openSync(input, 'r');
  const result = spawnSync(command[0], [...command.slice(1), '--import', rssHook, ...args], {
    cwd,
    stdio: [stdin, 'ignore', 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof stdin === 'number') closeSync(stdin);
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

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs two measurements alternately `rounds` times, so drift and noise hit both alike. */
export function interleaved(rounds, a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < rounds; i++) {
    as.push(a());
    bs.push(b());
  }
  return [as, bs];
}

/** Milliseconds an async function takes, once. */
export async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}
