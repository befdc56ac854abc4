import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixtures.js';
import { spawnBin, type Spawned } from '../cli/spawn-bin.js';
import { makeRecords } from './make-records.js';

const root = join(fixturesDir, '..');
const count = 2000;
const { lines, broken } = makeRecords(count, 97);
const half = 1000;
const records = (from: number, to: number) => lines.slice(from, to).join('\n') + '\n';
let whole: Spawned;
let parts: Spawned[];

// The contract of Spark's RDD.pipe, Hadoop streaming and GNU parallel --pipe: a framework splits
// the stream wherever it likes, runs a process per part and concatenates what they print.
// The whole stream goes through two worker threads, the halves through one thread each: the
// bytes must not depend on which worker finished first either.
beforeAll(async () => {
  const command = (jobs: string) => ['parse', '--records', '-', '--quiet', '--jobs', jobs];
  [whole, ...parts] = await Promise.all([
    spawnBin(command('2'), { cwd: root, input: records(0, count) }),
    spawnBin(command('1'), { cwd: root, input: records(0, half) }),
    spawnBin(command('1'), { cwd: root, input: records(half, count) }),
  ]);
}, 240_000);

describe(`parse --records - on ${count} records, ${broken} of them broken`, () => {
  it('prints exactly one line per record, a document or an error in its place, and exits 1', () => {
    expect(whole.code).toBe(1);
    const out = whole.stdout.toString('utf8').split('\n');
    expect(out.pop()).toBe(''); // every line ends with LF
    expect(out).toHaveLength(count);
    const docs = out.map((line) => JSON.parse(line) as { source?: { path: string }; error?: string; schemaVersion?: number });
    expect(docs.filter((d) => d.error !== undefined)).toHaveLength(broken);
    expect(docs.filter((d) => d.schemaVersion === 1)).toHaveLength(count - broken);
    lines.forEach((line, i) => {
      if (docs[i]!.schemaVersion === 1) expect(docs[i]!.source).toMatchObject({ path: JSON.parse(line).path });
    });
  });

  it('split in two, run as two processes and concatenated: byte-identical to one run', () => {
    expect(parts.map((p) => p.code)).toEqual([1, 1]); // each half holds broken records
    expect(Buffer.concat(parts.map((p) => p.stdout)).equals(whole.stdout)).toBe(true);
  });
});
