import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanDocumentSchema } from '../../src/schema/index.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { spawnBin } from './spawn-bin.js';

const root = join(fixturesDir, '..');
const hook = pathToFileURL(fileURLToPath(new URL('./load-hook.mjs', import.meta.url))).href;
const watchLoads = ['--import', `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(hook)})`];

describe('bin/plan-extract.js (spawned)', () => {
  it('--help and schema load neither the pipeline, the grammars nor jieba', async () => {
    const [help, schema, outline] = await Promise.all([
      spawnBin(['--help'], { cwd: root, nodeArgs: watchLoads }),
      spawnBin(['schema'], { cwd: root, nodeArgs: watchLoads }),
      spawnBin(['outline', 'fixtures/瓮安2022.txt'], { cwd: root, nodeArgs: watchLoads }),
    ]);
    expect([help.code, schema.code, outline.code]).toEqual([0, 0, 0]);
    expect(help.stderr).toBe('');
    expect(schema.stderr).not.toMatch(/jieba|grammar|process-file/); // it does load zod, to print the schema
    expect(JSON.parse(schema.stdout.toString()).properties.schemaVersion).toBeDefined();
    expect(outline.stderr).toMatch(/LOADED .*process-file/); // the hook does see a parse
  });

  it('parsing one text file loads neither zod, the Markdown parser, the worker pool, fast-glob, csv-stringify, a Word or PDF reader nor ExcelJS', async () => {
    const one = await spawnBin(['parse', 'fixtures/瓮安2022.txt', '--json', '--quiet'], { cwd: root, nodeArgs: watchLoads });
    expect(one.code).toBe(0);
    expect(one.stderr).toMatch(/LOADED .*process-file/); // the hook does see the parse
    expect(one.stderr).not.toMatch(/LOADED (zod|unified|remark-parse|piscina|fast-glob|csv-stringify|mammoth|word-extractor|pdfjs-dist|exceljs|.*workbook)/);
  });

  it('parsing a PDF loads PDF.js, and prints nothing but the document', async () => {
    const one = await spawnBin(['parse', 'tests/input/fixtures/桐庐2022.pdf', '--json', '--quiet'], { cwd: root, nodeArgs: watchLoads });
    expect(one.code).toBe(0);
    expect(one.stderr).toMatch(/LOADED pdfjs-dist/);
    expect(one.stderr.replace(/LOADED .*\n/g, '')).toBe('');
    expect(PlanDocumentSchema.parse(JSON.parse(one.stdout.toString())).source.format).toBe('pdf');
  });

  it('loads ExcelJS when --xlsx is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-bin-xlsx-'));
    const one = await spawnBin(['parse', 'fixtures/table-deadlines.txt', '--xlsx', join(dir, 'tasks.xlsx'), '--quiet'], { cwd: root, nodeArgs: watchLoads });
    expect([one.code, one.stdout.toString()]).toEqual([0, '']); // the workbook is the only output
    expect(one.stderr).toMatch(/LOADED exceljs/);
    expect(readdirSync(dir)).toEqual(['tasks.xlsx']);
  });

  it('parses a file from stdin to JSON and sets the exit code', async () => {
    const input = readFileSync(join(fixturesDir, '瓮安2022.txt'));
    const ok = await spawnBin(['parse', '-', '--quiet'], { cwd: root, input });
    expect(ok.code).toBe(0);
    expect(PlanDocumentSchema.parse(JSON.parse(ok.stdout.toString())).source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const bad = await spawnBin(['parse', '-'], { cwd: root, input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^-: binary file, not text\nconverted 0 files, failed 1, 0 entities, in [\d.]+ s\n$/);
    const usage = await spawnBin(['parse', 'fixtures', '--json'], { cwd: root });
    expect(usage.code).toBe(2);
  });
});
