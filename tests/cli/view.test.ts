import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { fakeIo } from './fake-io.js';

const root = join(fixturesDir, '..');
async function cli(argv: string[], options: Parameters<typeof fakeIo>[1] = {}) {
  const io = fakeIo(root, options);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan-extract view', () => {
  it('writes one self-contained page to stdout', async () => {
    const { code, out, err } = await cli(['view', 'fixtures/桐庐2022.txt']);
    expect([code, err]).toEqual([0, '']);
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans">')).toBe(true);
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(out).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(out).toMatch(/<title>桐庐县教育局2022年工作要点<\/title>|<title>[^<]*桐庐[^<]*<\/title>/);
  });

  it('view OLD NEW writes the side-by-side diff', async () => {
    const { code, out } = await cli(['view', 'fixtures/桐庐2022.txt', 'fixtures/瓮安2022.txt']);
    expect(code).toBe(0);
    expect(out).toMatch(/<table class="diff">/);
    expect(out).toMatch(/<tr id="r-0">/); // the two preambles, side by side
  });

  it('a plan that cannot be read: exit 2; three files: a usage error', async () => {
    const missing = await cli(['view', 'fixtures/nope.txt']);
    expect([missing.code, missing.out]).toEqual([2, '']);
    expect(missing.err).toMatch(/^fixtures\/nope\.txt: no such file/);
    const three = await cli(['view', 'a', 'b', 'c']);
    expect(three.code).toBe(2);
    expect(three.err).toMatch(/view takes one plan, or two/);
  });
});
