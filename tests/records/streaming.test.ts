import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { convertRecords } from '../../src/records/convert-records.js';
import { windowPerJob } from '../../src/batch/open-pool.js';

const record = (i: number) => JSON.stringify({ path: `p${i}.txt`, text: `一、总体要求\n（一）到2022年底，建成${i + 1}所学校。\n` }) + '\n';

describe('convertRecords streams', () => {
  it.each([1, 2])('--jobs %i reads only a bounded window ahead of the results taken', async (jobs) => {
    let pulled = 0;
    async function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield Buffer.from(record(i));
      }
    }
    const results = convertRecords(endless(), { jobs });
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push((await results.next()).value);
    await new Promise((resolve) => setTimeout(resolve, 200)); // a consumer that stops (stdout full)
    const seen = pulled;
    await results.return(undefined);
    expect(taken.map((r) => r?.path)).toEqual(['p0.txt', 'p1.txt', 'p2.txt']);
    // What is done or in flight, plus the line being read: never the stream.
    expect(seen).toBeLessThanOrEqual(3 + (jobs > 1 ? jobs * windowPerJob : 1) + 1);
  });

  it.each([1, 2])('--jobs %i answers a record without waiting for the next one (a caller may wait for each answer)', async (jobs) => {
    const input = new PassThrough();
    const results = convertRecords(input, { jobs });
    input.write(record(0));
    const first = await results.next(); // the stream stays open: no more lines, no end
    expect(first.value).toMatchObject({ ok: true, path: 'p0.txt' });
    input.write(record(1));
    input.end();
    expect((await results.next()).value).toMatchObject({ ok: true, path: 'p1.txt' });
    expect((await results.next()).done).toBe(true);
  });
});
