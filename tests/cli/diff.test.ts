import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseBytes, PlanDiffSchema } from '../../src/index.js';
import { diffCsvColumns } from '../../src/output/diff-csv-rows.js';
import { fixturePath } from '../helpers/fixtures.js';
import { makePair } from '../compare/make-pair.js';
import { fakeIo } from './fake-io.js';
import { spawnBin } from './spawn-bin.js';
import { pathToFileURL, fileURLToPath } from 'node:url';

// Last year's plan is a corpus plan; this year's is made from it by next year's edits (tests/compare/make-pair.ts).
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-diff-'));
  const old = readFileSync(fixturePath('瓮安2022.txt'));
  const [doc, donor] = await Promise.all([parseBytes(old, { path: 'old.txt' }), parseBytes(readFileSync(fixturePath('桐庐2022.txt')), { path: 'donor.txt' })]);
  writeFileSync(join(dir, 'old.txt'), old);
  writeFileSync(join(dir, 'new.txt'), makePair(doc, donor, 11).newText);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], options: Parameters<typeof fakeIo>[1] = {}) {
  const io = fakeIo(dir, options);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan-extract diff', () => {
  it('prints a readable report, exit 0 with differences; no colour off a terminal, colour on one', async () => {
    const { code, out, err } = await cli(['diff', 'old.txt', 'new.txt']);
    expect([code, err]).toEqual([0, '']);
    expect(out).not.toMatch(/\x1b\[/);
    const lines = out.split('\n');
    expect(lines[0]).toBe('瓮安县2022年教育工作要点 → 瓮安县2023年教育工作要点');
    expect(lines[2]).toMatch(/^\d+ items found again \(of 52 → \d+\); \d+ added, \d+ dropped, \d+ moved, \d+ reworded; targets \d+ changed/);
    expect(out).toMatch(/^ {4}~ target changed: \S+ → \S+ \((value|max|comparator) .+\) {2}old \d+:\d+ new \d+:\d+$/m);
    // The generator moved item 8.42 under 三、 (seed 11); it now reads 4.15.
    expect(out).toMatch(/^ {4}~ item moved: 8\.42 → 4\.15 \(was under old 8, now under new 4\) {2}old 52:4 new 21:4$/m);
    expect(out).toMatch(/^\+ [\d.]+ {2}\S/m);
    expect(out).toMatch(/^- [\d.]+ {2}\S/m);
    expect((await cli(['diff', 'old.txt', 'new.txt'], { stdoutIsTTY: true })).out).toMatch(/\x1b\[32m/);
    expect((await cli(['diff', 'old.txt', 'new.txt'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(/\x1b\[/);
  });

  it('--exit-code: 1 with differences, 0 without', async () => {
    expect((await cli(['diff', 'old.txt', 'new.txt', '--exit-code'])).code).toBe(1);
    const same = await cli(['diff', 'old.txt', 'old.txt', '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/no differences\n$/);
  });

  it('--json: valid against `schema diff`, with spans into both plans', async () => {
    const { code, out } = await cli(['diff', 'old.txt', 'new.txt', '--json']);
    expect(code).toBe(0);
    const diff = PlanDiffSchema.parse(JSON.parse(out));
    expect(diff.old.path).toBe('old.txt');
    const texts = { old: readFileSync(join(dir, 'old.txt'), 'utf8'), new: readFileSync(join(dir, 'new.txt'), 'utf8') };
    let checked = 0;
    for (const c of diff.changes) {
      for (const side of ['old', 'new'] as const) {
        const e = (c as Record<string, unknown>)[side] as { text?: string; span?: { start: { offset: number }; end: { offset: number } } } | undefined;
        if (e?.text === undefined || !e.span) continue;
        expect(texts[side].slice(e.span.start.offset, e.span.end.offset)).toBe(e.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const schema = JSON.parse((await cli(['schema', 'diff'])).out);
    expect(Object.keys(schema.properties)).toEqual(['diffVersion', 'old', 'new', 'summary', 'pairs', 'changes']);
    expect(JSON.stringify(schema)).toContain('target-changed');
  });

  it('--csv: one row per change under a fixed header, with a BOM', async () => {
    const [json, csv] = await Promise.all([cli(['diff', 'old.txt', 'new.txt', '--json']), cli(['diff', 'old.txt', 'new.txt', '--csv'])]);
    expect(csv.out.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.out.slice(1)) as string[][];
    expect(rows[0]).toEqual([...diffCsvColumns]);
    const changes = JSON.parse(json.out).changes as Array<{ type: string }>;
    expect(rows.slice(1).map((r) => r[2])).toEqual(changes.map((c) => c.type));
    const target = rows.find((r) => r[2] === 'target-changed')!;
    expect(target[7]).not.toBe(target[8]);
    expect(Number(target[12])).toBeGreaterThan(0);
  });

  it('a plan that cannot be read: one line per file on stderr, exit 2', async () => {
    const { code, out, err } = await cli(['diff', 'old.txt', 'missing.txt']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(/^missing\.txt: no such file/);
    const empty = await cli(['diff', '-', 'old.txt'], { input: '' });
    expect([empty.code, empty.err]).toEqual([2, '-: empty file\n']);
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['diff', 'old.txt'])).code).toBe(2);
    expect((await cli(['diff', 'old.txt', 'new.txt', '--json', '--csv'])).err).toMatch(/choose one output format/);
    expect((await cli(['diff', '-', '-'])).err).toMatch(/only one of OLD and NEW/);
  });
});

describe('diff and view through the real bin', () => {
  const hook = pathToFileURL(fileURLToPath(new URL('./load-hook.mjs', import.meta.url))).href;
  const watchLoads = ['--import', `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(hook)})`];
  it('load neither zod nor the Markdown parser; csv-stringify only for --csv', async () => {
    const [diff, csv, view] = await Promise.all([
      spawnBin(['diff', 'old.txt', 'new.txt'], { cwd: dir, nodeArgs: watchLoads }),
      spawnBin(['diff', 'old.txt', 'new.txt', '--csv'], { cwd: dir, nodeArgs: watchLoads }),
      spawnBin(['view', 'old.txt'], { cwd: dir, nodeArgs: watchLoads }),
    ]);
    expect([diff.code, csv.code, view.code]).toEqual([0, 0, 0]);
    for (const r of [diff, csv, view]) {
      expect(r.stderr).toMatch(/LOADED .*process-file/);
      expect(r.stderr).not.toMatch(/LOADED (zod|unified|remark-parse|piscina|fast-glob)/);
    }
    expect(diff.stderr).not.toMatch(/csv-stringify/);
    expect(csv.stderr).toMatch(/LOADED csv-stringify/);
    expect(view.stdout.toString('utf8', 0, 15)).toBe('<!DOCTYPE html>');
  });
});
