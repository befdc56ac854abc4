import { availableParallelism } from 'node:os';
import { UsageError } from './usage-error.js';
import { supportedEncodings, type EncodingName } from '../pipeline/decode.js';
import { tableNames, type TableName } from '../output/csv-columns.js';
import type { OutputFormat } from '../output/open-sink.js';
import type { HeaderLanguage } from '../output/column-labels.js';

/** Names people type for the encodings we decode. GBK and GB2312 are subsets of GB18030. */
const encodingAliases: Record<string, EncodingName> = { utf8: 'utf-8', gbk: 'gb18030', gb2312: 'gb18030', 'utf-16': 'utf-16le', utf16le: 'utf-16le', utf16be: 'utf-16be' };

/**
 * Real plans are well under 1 MB; a file of tens of megabytes is a dump or a log, and reading
 * it whole would hold the batch up and its memory. Refused with a reason unless raised.
 */
export const defaultMaxSizeMB = 32;

export type ParseCommandOptions = {
  /** `--records FILE|-`: read plans as JSON Lines records from this file or standard input. */
  records?: string;
  /** Undefined: decided by the inputs (one named file → json, else jsonl). */
  format?: OutputFormat;
  out?: string;
  table?: TableName;
  jobs: number;
  encoding?: EncodingName;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  /** Also write one workbook, a sheet per table, to this file. */
  xlsx?: string;
  /** Column names in CSV header rows and the workbook: as in docs/csv.md, or Chinese. */
  headers: HeaderLanguage;
  quiet: boolean;
  debug: boolean;
};

/** The flags commander gives, as far as parse reads them (commander types them loosely). */
type RawOptions = {
  records?: string;
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  out?: string;
  table?: string;
  jobs?: string | number;
  encoding?: string;
  maxSize?: string | number;
  xlsx?: string;
  headers?: string;
  quiet?: boolean;
  debug?: boolean;
};

// Checked by hand rather than with zod: the parse path should not pay for loading it.
function number(flag: string, value: string | number, { integer, min, max }: { integer: boolean; min: number; max: number }): number {
  const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) throw new UsageError(`invalid --${flag}: expected ${integer ? 'a whole number' : 'a number'}, got ${JSON.stringify(String(value))}`);
  if (n < min || n > max) throw new UsageError(`invalid --${flag}: expected ${min === Number.MIN_VALUE ? 'more than 0' : `at least ${min}`} and at most ${max}, got ${n}`);
  return n;
}

function encodingOf(value: string): EncodingName {
  const name = encodingAliases[value.toLowerCase()] ?? value.toLowerCase();
  if (!(supportedEncodings as readonly string[]).includes(name)) throw new UsageError(`invalid --encoding: expected one of ${supportedEncodings.join(', ')} (or gbk, gb2312, utf8), got ${JSON.stringify(value)}`);
  return name as EncodingName;
}

/** Flags as commander gives them → validated options, or a UsageError saying what is wrong. */
export function parseOptions(flags: object): ParseCommandOptions {
  const raw = flags as RawOptions;
  if (raw.out !== undefined && raw.out === '') throw new UsageError('invalid --out: expected a folder name');
  if (raw.table !== undefined && !(tableNames as readonly string[]).includes(raw.table)) throw new UsageError(`invalid --table: expected one of ${tableNames.join(', ')}`);
  if (raw.xlsx !== undefined && !/\.xlsx$/iu.test(raw.xlsx)) throw new UsageError(`invalid --xlsx: expected a file name ending in .xlsx, got ${JSON.stringify(raw.xlsx)}`);
  if (raw.headers !== undefined && raw.headers !== 'en' && raw.headers !== 'zh') throw new UsageError(`invalid --headers: expected en or zh, got ${JSON.stringify(raw.headers)}`);
  const o = {
    ...raw,
    table: raw.table as TableName | undefined,
    jobs: raw.jobs === undefined ? undefined : number('jobs', raw.jobs, { integer: true, min: 1, max: 1024 }),
    maxSize: raw.maxSize === undefined ? undefined : number('max-size', raw.maxSize, { integer: false, min: Number.MIN_VALUE, max: 4096 }),
    encoding: raw.encoding === undefined ? undefined : encodingOf(raw.encoding),
  };
  const chosen = (['json', 'jsonl', 'csv'] as const).filter((f) => o[f]);
  if (chosen.length > 1) throw new UsageError(`choose one output format, not ${chosen.map((f) => `--${f}`).join(' and ')}`);
  if (o.table && (o.json || o.jsonl)) throw new UsageError('--table selects a CSV table; it cannot be used with --json or --jsonl');
  const format = o.table ? 'csv' : chosen[0];
  if (o.records !== undefined && format && format !== 'jsonl') {
    throw new UsageError(`--records writes one JSON line per record (documents or errors), so it takes no --${o.table ? 'table' : format}`);
  }
  if (format === 'csv' && !o.table && !o.out) {
    throw new UsageError(`--csv writes ${tableNames.length} tables: give --out DIR for all of them, or --table NAME (${tableNames.join(', ')}) for one on stdout`);
  }
  return {
    ...(o.records !== undefined ? { records: o.records } : {}),
    ...(format ? { format } : {}),
    ...(o.out ? { out: o.out } : {}),
    ...(o.table ? { table: o.table } : {}),
    jobs: o.jobs ?? availableParallelism(),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    maxBytes: Math.round((o.maxSize ?? defaultMaxSizeMB) * 1_000_000),
    ...(o.xlsx ? { xlsx: o.xlsx } : {}),
    headers: (o.headers ?? 'en') as HeaderLanguage,
    quiet: o.quiet ?? false,
    debug: o.debug ?? false,
  };
}
