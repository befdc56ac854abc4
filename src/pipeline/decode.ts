import { isUtf8 as isUtf8Bytes } from 'node:buffer';
import type { Report } from './report.js';
import { decodeMixed, mostlyUtf8 } from './decode-mixed.js';

export type Decoded = { text: string; encoding: string };

export const supportedEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type EncodingName = (typeof supportedEncodings)[number];

/** Thrown for input that is not a plan at all; its message is the user-facing reason. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Bytes to text: a BOM decides; otherwise strict UTF-8, then GB18030 (a superset of
 * GBK and GB2312), then line by line for a file mixed from both or damaged (with warnings).
 * Binary input is refused rather than decoded into noise.
 */
export function decode(bytes: Uint8Array, report: Report, forced?: EncodingName): Decoded {
  if (bytes.length === 0) throw new InputError('empty file');
  if (forced) return { text: stripBom(decodeWith(forced, bytes, report)), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeWith('utf-8', bytes.subarray(3), report), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith('utf-16le', bytes.subarray(2), report), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith('utf-16be', bytes.subarray(2), report), encoding: 'utf-16be' };
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes, report), encoding: utf16 };
  if (looksBinary(bytes)) throw new InputError('binary file, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to GB18030
  }
  // UTF-8 with a damaged byte or cut mid-character may still pass as GB18030, as noise:
  // text that is nearly all valid UTF-8 is read as UTF-8, line by line.
  if (!mostlyUtf8(bytes)) {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      // neither cleanly: mixed, damaged or cut short; read line by line with warnings
    }
  }
  const mixed = decodeMixed(bytes, report);
  if (mixed) return mixed;
  throw new InputError('undecodable bytes: neither UTF-8 nor GB18030 (use --encoding to force one)');
}

function decodeWith(encoding: EncodingName, bytes: Uint8Array, report: Report): string {
  const text = new TextDecoder(encoding).decode(bytes);
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) report.warn(`Undecodable bytes replaced with U+FFFD under ${encoding}`, 'decode/replaced', replaced, replaced + 1);
  return text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * UTF-16 without a BOM. Mostly-ASCII text shows a NUL in every other byte; Chinese text in
 * UTF-16 has NULs only where ASCII stands (digits, line ends) or none at all, so it is found by
 * reading it: nearly every code unit is then a Han character, CJK punctuation or ASCII. Only
 * bytes with a NUL or that are not UTF-8 are tried (ASCII pairs read as UTF-16 look like Han).
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): EncodingName | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero === 0) return 'utf-16be';
  if (evenZero + oddZero === 0 && isUtf8(bytes)) return undefined;
  const sample = bytes.subarray(0, n);
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    if (plausibleShare(new TextDecoder(encoding).decode(sample)) >= 0.95) return encoding;
  }
  return undefined;
}

/** Share of code units that a Chinese plan is made of: Han, CJK and full-width punctuation, ASCII text. */
function plausibleShare(text: string): number {
  let plausible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20 && c <= 0x7e) || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0x2026) plausible++;
  }
  return text.length === 0 ? 0 : plausible / text.length;
}

/** Validated in place (node:buffer): decoding the whole file only to throw the text away doubled the cost of decoding. */
function isUtf8(bytes: Uint8Array): boolean {
  return bytes.byteLength === 0 || isUtf8Bytes(bytes);
}

/**
 * NUL bytes or many control bytes mean an image, archive or executable. A stray NUL in a
 * text (a damaged byte) does not: images and archives have them by the hundred.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return nul > Math.max(1, n * 0.002) || control > n * 0.1;
}
