import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { UsageError } from './usage-error.js';
import { supportedEncodings, type EncodingName } from '../pipeline/decode.js';
import { tableNames, type TableName } from '../output/csv-columns.js';
import type { OutputFormat } from '../output/open-sink.js';

/** Names people type for the encodings we decode. GBK and GB2312 are subsets of GB18030. */
const encodingAliases: Record<string, EncodingName> = { utf8: 'utf-8', gbk: 'gb18030', gb2312: 'gb18030', 'utf-16': 'utf-16le', utf16le: 'utf-16le', utf16be: 'utf-16be' };

const RawOptionsSchema = z.object({
  json: z.boolean().optional(),
  jsonl: z.boolean().optional(),
  csv: z.boolean().optional(),
  out: z.string().min(1).optional(),
  table: z.enum(tableNames as [TableName, ...TableName[]]).optional(),
  jobs: z.coerce.number().int().min(1).max(1024).optional(),
  encoding: z.preprocess(
    (v) => (typeof v === 'string' ? (encodingAliases[v.toLowerCase()] ?? v.toLowerCase()) : v),
    z.enum(supportedEncodings),
  ).optional(),
  maxSize: z.coerce.number().positive().max(4096).optional(),
  quiet: z.boolean().optional(),
  debug: z.boolean().optional(),
});

/**
 * Real plans are well under 1 MB; a file of tens of megabytes is a dump or a log, and reading
 * it whole would hold the batch up and its memory. Refused with a reason unless raised.
 */
export const defaultMaxSizeMB = 32;

export type ParseCommandOptions = {
  /** Undefined: decided by the inputs (one named file → json, else jsonl). */
  format?: OutputFormat;
  out?: string;
  table?: TableName;
  jobs: number;
  encoding?: EncodingName;
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  quiet: boolean;
  debug: boolean;
};

/** Flags as commander gives them → validated options, or a UsageError saying what is wrong. */
export function parseOptions(raw: unknown): ParseCommandOptions {
  const parsed = RawOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`invalid --${issue.path.join('.')}: ${issue.message}`);
  }
  const o = parsed.data;
  const chosen = (['json', 'jsonl', 'csv'] as const).filter((f) => o[f]);
  if (chosen.length > 1) throw new UsageError(`choose one output format, not ${chosen.map((f) => `--${f}`).join(' and ')}`);
  if (o.table && (o.json || o.jsonl)) throw new UsageError('--table selects a CSV table; it cannot be used with --json or --jsonl');
  const format = o.table ? 'csv' : chosen[0];
  if (format === 'csv' && !o.table && !o.out) {
    throw new UsageError(`--csv writes ${tableNames.length} tables: give --out DIR for all of them, or --table NAME (${tableNames.join(', ')}) for one on stdout`);
  }
  return {
    ...(format ? { format } : {}),
    ...(o.out ? { out: o.out } : {}),
    ...(o.table ? { table: o.table } : {}),
    jobs: o.jobs ?? availableParallelism(),
    ...(o.encoding ? { encoding: o.encoding } : {}),
    maxBytes: Math.round((o.maxSize ?? defaultMaxSizeMB) * 1_000_000),
    quiet: o.quiet ?? false,
    debug: o.debug ?? false,
  };
}
