#!/usr/bin/env node
// Process I/O only: everything else lives in run(), which returns the exit code.
import { run } from '../dist/bundle/cli.js';

const controller = new AbortController();
// First Ctrl-C: stop cleanly (temp files removed, existing outputs untouched). Second: exit now.
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
  stdoutColumns: process.stdout.columns,
  signal: controller.signal,
});
