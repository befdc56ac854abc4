import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAtomicFile, writeFileAtomic } from '../../src/output/atomic-file.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'plan-extract-atomic-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openAtomicFile', () => {
  it('the target keeps its old content until commit, then has all of the new', async () => {
    const target = join(dir, 'metrics.csv');
    writeFileSync(target, 'old');
    const file = await openAtomicFile(target);
    const big = '数'.repeat(70_000); // more than one internal flush
    await file.write('a,');
    await file.write(big);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toHaveLength(2);
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('a,' + big);
    expect(readdirSync(dir)).toEqual(['metrics.csv']);
  });

  it('abort removes the temp file and leaves the target alone', async () => {
    const target = join(dir, 'orgs.csv');
    writeFileSync(target, 'old');
    const file = await openAtomicFile(target);
    await file.write('new');
    await file.abort();
    await file.abort(); // twice is harmless
    expect(readdirSync(dir)).toEqual(['orgs.csv']);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('writeFileAtomic creates a file in one step', async () => {
    await writeFileAtomic(join(dir, 'x.expected.json'), '{}\n');
    expect(readdirSync(dir)).toEqual(['x.expected.json']);
  });

  it('fails (without leaving anything) when the folder does not exist', async () => {
    await expect(openAtomicFile(join(dir, 'missing', 'x.csv'))).rejects.toThrow(/ENOENT/);
  });
});
