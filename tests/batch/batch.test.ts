import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { csvColumns, tableNames } from '../../src/output/csv-columns.js';
import { PlanDocumentSchema } from '../../src/schema/index.js';
import { fakeIo } from '../cli/fake-io.js';
import { spawnBin, type Spawned } from '../cli/spawn-bin.js';
import { makePlanFolder, type PlanFolder } from './plan-folder.js';

let root: string;
let folder: PlanFolder;
let spawned: Spawned[];
const runs: Record<string, { code: number; err: string; out: string }> = {};

/** Outputs are compared by hash: a failing toBe on megabytes of JSON prints all of it. */
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Runs the CLI in-process in `root` and remembers the result under `key`. */
async function cli(key: string, ...argv: string[]) {
  const io = fakeIo(root);
  const code = await run(argv, io);
  runs[key] = { code, err: io.err(), out: io.out() };
  return runs[key]!;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'plan-extract-batch-'));
  folder = makePlanFolder(root);
  await cli('csv1', 'parse', 'plans', '--csv', '--out', 'out1', '--jobs', '1');
  await cli('jsonl1', 'parse', 'plans', '--jobs', '1');
  // Across --jobs both runs use the built bin, so a src/ edit not yet built cannot fake a difference.
  spawned = await Promise.all(
    [['--jobs', '1'], ['--jobs', '2'], ['--csv', '--out', 'bin1', '--jobs', '1'], ['--csv', '--out', 'bin2', '--jobs', '2']].map((args) =>
      spawnBin(['parse', 'plans', '--quiet', ...args], { cwd: root }),
    ),
  );
}, 300_000); // six batch runs of some forty files, four at once: far beyond the default 10 s on a busy machine
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parse FOLDER', () => {
  it('converts every good plan and names every bad input with its reason, exit 1', () => {
    const { code, err } = runs.csv1!;
    expect(code).toBe(1);
    for (const [path, reason] of Object.entries(folder.bad)) {
      const line = err.split('\n').find((l) => l.startsWith(`${path}: `));
      expect(line, path).toMatch(reason);
    }
    expect(err).not.toMatch(/notes\.csv/); // unsupported extensions are not inputs
    expect(err).not.toMatch(/\n\s+at /); // no stack traces without --debug
    expect(err).toMatch(new RegExp(`converted ${folder.good.length} files, failed ${Object.keys(folder.bad).length}, \\d+ entities, in [\\d.]+ s\\n$`));
  });

  it('writes one document per good plan as JSON Lines, sorted by path, valid against the schema', () => {
    const lines = runs.jsonl1!.out.trimEnd().split('\n');
    const docs = lines.map((line) => PlanDocumentSchema.parse(JSON.parse(line)));
    expect(docs.map((d) => d.source.path)).toEqual(folder.good);
    expect(docs.find((d) => d.source.path === 'plans/桐庐2022.html')?.source.format).toBe('html');
    expect(docs.find((d) => d.source.path === 'plans/桐庐2022.pdf')?.source.format).toBe('pdf');
    expect(docs.find((d) => d.source.path === 'plans/大邑2021.doc')?.source.format).toBe('doc');
    expect(docs.find((d) => d.source.path === 'plans/瓮安2022-utf16.txt')?.source.encoding).toBe('utf-16le');
  });

  it('is byte-identical with --jobs 1 and --jobs 2 (the real bin, with workers)', () => {
    expect(spawned.map((s) => s.code)).toEqual([1, 1, 1, 1]);
    expect(spawned[0]!.stdout.length).toBeGreaterThan(0);
    expect(spawned[1]!.stdout.equals(spawned[0]!.stdout)).toBe(true);
    expect(spawned[1]!.stderr).toBe(spawned[0]!.stderr); // failures in path order too
    for (const table of tableNames) {
      const one = readFileSync(join(root, 'bin1', `${table}.csv`));
      expect(readFileSync(join(root, 'bin2', `${table}.csv`)).equals(one), table).toBe(true);
    }
  });

  it('writes five tables with a BOM and the fixed columns, readable by a CSV parser', () => {
    expect(readdirSync(join(root, 'out1')).sort()).toEqual(tableNames.map((t) => `${t}.csv`).sort()); // no temp files left
    for (const table of tableNames) {
      const bytes = readFileSync(join(root, 'out1', `${table}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows: string[][] = parse(bytes, { bom: true, relax_column_count: false });
      expect(rows[0]).toEqual([...csvColumns[table]]);
      for (const row of rows.slice(1)) expect(folder.good).toContain(row[0]);
    }
    const sections: Record<string, string>[] = parse(readFileSync(join(root, 'out1', 'sections.csv')), { bom: true, columns: true });
    // every good plan has sections, and the copies agree with their original
    expect(new Set(sections.map((r) => r.path))).toEqual(new Set(folder.good));
    const titles = (path: string) => sections.filter((r) => r.path === path).map((r) => r.section_path);
    expect(titles('plans/county/瓮安2022-2.txt')).toEqual(titles('plans/瓮安2022.txt'));
    expect(titles('plans/瓮安2022-crlf.txt')).toEqual(titles('plans/瓮安2022.txt'));
  });
});

describe('--out', () => {
  it('--jsonl --out writes documents.jsonl, identical to stdout', async () => {
    await cli('jsonlOut', 'parse', 'plans', '--jsonl', '--out', 'jl', '--quiet', '--jobs', '1');
    expect(sha(readFileSync(join(root, 'jl', 'documents.jsonl'), 'utf8'))).toBe(sha(runs.jsonl1!.out));
    expect(runs.jsonlOut!.err).not.toMatch(/converted/); // --quiet drops the summary, keeps failures
    expect(runs.jsonlOut!.err).toMatch(/plans\/empty\.txt: empty file/);
  });

  it('an --out that is a file is a usage error, and nothing is written', async () => {
    writeFileSync(join(root, 'taken'), 'keep me');
    const { code, err } = await cli('taken', 'parse', 'plans', '--csv', '--out', 'taken');
    expect(code).toBe(2);
    expect(err).toMatch(/^plan-extract: cannot write to --out taken: /);
    expect(readFileSync(join(root, 'taken'), 'utf8')).toBe('keep me');
  });

  it('a run interrupted mid-batch leaves existing tables untouched and no temp files', async () => {
    mkdirSync(join(root, 'keep'));
    writeFileSync(join(root, 'keep', 'metrics.csv'), 'old table\n');
    const controller = new AbortController();
    const io = fakeIo(root, { signal: controller.signal });
    const write = io.stderr.write.bind(io.stderr);
    let tempFiles: string[] = [];
    // Interrupt when the failure for plans/empty.txt is printed: a dozen documents are written by then.
    io.stderr.write = ((chunk: string) => {
      if (String(chunk).includes('empty.txt')) {
        tempFiles = readdirSync(join(root, 'keep')).filter((n) => n.endsWith('.tmp'));
        controller.abort();
      }
      return write(chunk);
    }) as typeof io.stderr.write;
    expect(await run(['parse', 'plans', '--csv', '--out', 'keep', '--jobs', '1'], io)).toBe(130);
    expect(tempFiles).toHaveLength(tableNames.length); // the tables were being written…
    expect(readdirSync(join(root, 'keep'))).toEqual(['metrics.csv']); // …and are gone
    expect(readFileSync(join(root, 'keep', 'metrics.csv'), 'utf8')).toBe('old table\n');
    expect(io.err()).toMatch(/interrupted: no output file was changed\n$/);
  });
});

describe('--table', () => {
  it('prints one table to stdout, the same bytes as its file', async () => {
    const { code, out } = await cli('table', 'parse', 'plans', '--table', 'sections', '--quiet', '--jobs', '1');
    expect(code).toBe(1);
    expect(sha(out)).toBe(sha(readFileSync(join(root, 'out1', 'sections.csv'), 'utf8')));
  });
});
