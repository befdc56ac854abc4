import { formatOf } from '../input/format-of.js';
import { PlanRecordSchema } from '../schema/record.js';
import type { EncodingName } from '../pipeline/decode.js';

/** A record's plan as bytes with what is known of them, or why the line is not a record. */
export type RecordInput =
  | { ok: true; path: string; bytes: Uint8Array; encoding?: EncodingName }
  | { ok: false; path: string | null; reason: string };

/**
 * One line of JSON Lines → the plan it carries. Text is encoded as UTF-8 (and read as such,
 * whatever --encoding says); base64 gives the raw bytes, detected like a file's. Every reason
 * is one line and names what is wrong.
 */
export function readRecord(line: string, maxBytes?: number): RecordInput {
  if (line.trim() === '') return { ok: false, path: null, reason: 'empty line: expected a JSON record {"path", "text" | "base64"}' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, path: null, reason: `not JSON: ${oneLine((error as Error).message)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, path: null, reason: `not a record: expected a JSON object {"path", "text" | "base64"}, got ${kindOf(value)}` };
  }
  const given = (value as { path?: unknown }).path;
  const path = typeof given === 'string' && given !== '' ? given : null;
  const parsed = PlanRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
    return { ok: false, path, reason: `invalid record: ${where}${oneLine(issue.message)}` };
  }
  const record = parsed.data;
  if (record.text !== undefined) {
    const binary = formatOf(record.path);
    if (binary === 'docx' || binary === 'pdf' || binary === 'doc') return { ok: false, path, reason: `a .${binary} record needs "base64" (the file's bytes), not "text"` };
    const bytes = Buffer.from(record.text, 'utf8');
    if (maxBytes !== undefined && bytes.length > maxBytes) return { ok: false, path, reason: tooLarge(bytes.length, maxBytes) };
    return { ok: true, path: record.path, bytes, encoding: 'utf-8' };
  }
  const bytes = Buffer.from(record.base64!, 'base64');
  if (maxBytes !== undefined && bytes.length > maxBytes) return { ok: false, path, reason: tooLarge(bytes.length, maxBytes) };
  return { ok: true, path: record.path, bytes };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function tooLarge(size: number, limit: number): string {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `too large: ${mb(size)} (the limit is ${mb(limit)}; raise it with --max-size)`;
}
