import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { csvColumns, sheetOrder } from '../../src/output/csv-columns.js';
import { fakeIo } from '../cli/fake-io.js';
import { fixturesDir } from '../helpers/fixtures.js';

/** The plans of the run: the corpus, a CRLF plan, a task table and a plan with owner notes. */
const inputs = ['瓮安2022.txt', '大邑2021.txt', '桐庐2022.txt', 'encoding-crlf.txt', 'table-deadlines.txt', 'notice-docnumber.txt', 'traditional.txt'];
const numeric = new Set(['year', 'level', 'ordinal', 'value', 'max', 'normalized_value', 'normalized_max', 'start_line', 'start_column', 'start_offset', 'end_offset']);
const dates = new Set(['normalized_start', 'normalized_end', 'deadline_iso']);

let out: string;
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'plan-extract-xlsx-test-'));
  for (const headers of ['en', 'zh']) {
    const io = fakeIo(fixturesDir);
    const code = await run(['parse', ...inputs, '--csv', '--out', join(out, headers), '--xlsx', join(out, `${headers}.xlsx`), '--headers', headers, '--quiet', '--jobs', '1'], io);
    expect([code, io.err()]).toEqual([0, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, `${headers}.xlsx`));
    books.set(headers, book);
  }
}, 120_000);

/** What a cell holds, as the CSV prints it. */
function asCsv(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
}

describe('the workbook of a run (read back with ExcelJS)', () => {
  it('has a sheet per table, tasks first, each with a frozen header row and filters on', () => {
    const book = books.get('en')!;
    expect(book.worksheets.map((s) => s.name)).toEqual([...sheetOrder]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
    expect(books.get('zh')!.worksheets.map((s) => s.name)).toEqual(['任务', '条目', '指标', '时间', '政策文件', '单位']);
  });

  it.each(['en', 'zh'])('holds, cell by cell, what the CSV tables of the same run hold (--headers %s)', (headers) => {
    const book = books.get(headers)!;
    sheetOrder.forEach((table, n) => {
      const csv = parse(readFileSync(join(out, headers, `${table}.csv`)), { bom: true }) as string[][];
      const sheet = book.worksheets[n]!;
      expect(sheet.rowCount).toBe(csv.length);
      const columns = csvColumns[table];
      csv.forEach((line, r) => {
        const row = sheet.getRow(r + 1);
        line.forEach((cell, c) => {
          const value = row.getCell(c + 1).value;
          expect(asCsv(value), `${table} row ${r + 1} ${columns[c]}`).toBe(cell);
          if (r === 0 || cell === '') return;
          if (numeric.has(columns[c]!)) expect(typeof value, `${table} ${columns[c]} is a number`).toBe('number');
          else if (dates.has(columns[c]!)) expect(value, `${table} ${columns[c]} is a date`).toBeInstanceOf(Date);
          else expect(typeof value === 'string' || (typeof value === 'object' && value !== null && 'richText' in value), `${table} ${columns[c]} is text`).toBe(true);
        });
      });
    });
  });

  it('keeps section ids as text: 2.10 stays 2.10', () => {
    const sheet = books.get('en')!.getWorksheet('sections')!;
    const ids = sheet.getColumn(4).values.slice(2);
    expect(ids).toContain('2.10');
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
  });

  it('names the task columns in Chinese with --headers zh', () => {
    const header = books.get('zh')!.getWorksheet('任务')!.getRow(1).values as unknown[];
    expect(header.slice(6, 17)).toEqual(['序号', '任务名称', '工作任务', '目标', '完成时限', '完成日期', '实施期限', '报告周期', '牵头单位', '配合单位', '牵头领导']);
  });

  it('leaves no temp file beside it', () => {
    expect(readdirSync(out).sort()).toEqual(['en', 'en.xlsx', 'zh', 'zh.xlsx']);
  });
});
