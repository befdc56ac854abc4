// Loaded with `node --import` into a measured process: on exit it writes the process's peak
// resident memory (KiB, worker threads included) to the file named by BENCH_RSS_FILE.
//
// On Linux the peak is read from /proc/self/status (VmHWM, the high-water mark of this process's
// own memory). getrusage's maxRSS is not used there: it survives exec, so a child started by a
// large parent reports at least the parent's size at the fork — the bench process itself, once
// it has parsed 10 MB in the throughput row, made every child look 300-400 MiB.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(peakKiB())));

function peakKiB() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}
