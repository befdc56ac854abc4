import type { Report } from './report.js';

type Encoding = 'utf-8' | 'gb18030';

// Above this share of replaced characters the bytes are not text in either encoding.
const MAX_REPLACED_SHARE = 0.05;

/**
 * Bytes that are neither clean UTF-8 nor clean GB18030: a file pasted together from both, a
 * flipped byte, a download cut off mid-character. Each line (0x0A never occurs inside a
 * character in either) is read in the encoding it is clean in — UTF-8 first, as GB18030
 * accepts most UTF-8 byte pairs as noise, unless only GB18030 gives Chinese; a line that is
 * mostly UTF-8 with a damaged byte stays UTF-8; the rest is GB18030; U+FFFD for what is left.
 * Every such line is a warning, so nothing is changed silently. Returns undefined when too
 * much would be replaced to call it text.
 */
export function decodeMixed(bytes: Uint8Array, report: Report): { text: string; encoding: string } | undefined {
  const parts: string[] = [];
  const bytesIn = { 'utf-8': 0, gb18030: 0 };
  let length = 0;
  let replaced = 0;
  let from = 0;
  while (from <= bytes.length) {
    const nl = bytes.indexOf(0x0a, from);
    const to = nl < 0 ? bytes.length : nl + 1;
    const line = bytes.subarray(from, to);
    const { text, encoding, lossy } = readLine(line);
    if (lossy) {
      const count = text.split('\uFFFD').length - 1;
      replaced += count;
      const at = length + text.indexOf('\uFFFD');
      report.warn(`${count} undecodable byte sequence(s) replaced with U+FFFD under ${encoding}`, 'decode/replaced', at, at + 1);
    }
    if (/[^\x00-\x7f]/.test(text)) bytesIn[encoding] += line.length;
    parts.push(text);
    length += text.length;
    if (nl < 0) break;
    from = to;
  }
  if (length === 0 || replaced / length > MAX_REPLACED_SHARE) return undefined;
  const [first, second] = bytesIn.gb18030 > bytesIn['utf-8'] ? (['gb18030', 'utf-8'] as const) : (['utf-8', 'gb18030'] as const);
  const encoding = bytesIn[second] > 0 ? `${first}+${second}` : first;
  if (bytesIn[second] > 0) report.warn(`lines in both ${first} and ${second}: each read in the one it is written in`, 'decode/mixed', 0, 0);
  return { text: parts.join(''), encoding };
}

const HAN = /[\u4e00-\u9fff]/u;

function readLine(line: Uint8Array): { text: string; encoding: Encoding; lossy: boolean } {
  const utf8 = strict(line, 'utf-8');
  const gb = utf8 === undefined || !HAN.test(utf8) ? strict(line, 'gb18030') : undefined;
  if (utf8 !== undefined && !(gb !== undefined && HAN.test(gb) && !HAN.test(utf8))) return { text: utf8, encoding: 'utf-8', lossy: false };
  // A UTF-8 line with a damaged byte keeps its other characters rather than become GB18030 noise.
  if (utf8 === undefined && mostlyUtf8(line, 0.5)) return { text: new TextDecoder('utf-8').decode(line), encoding: 'utf-8', lossy: true };
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', lossy: false };
  return { text: new TextDecoder('gb18030').decode(line), encoding: 'gb18030', lossy: true };
}

/**
 * Whether bytes that are not clean UTF-8 are nonetheless UTF-8 with a few flaws: of the
 * non-ASCII characters a lenient UTF-8 decoder gives, few are replacements (under 1% of a
 * file; under half of one line, which may be short). GB18030 text read as UTF-8 is nearly all
 * replacements.
 */
export function mostlyUtf8(bytes: Uint8Array, maxReplacedShare = 0.01): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) replaced++;
  }
  return nonAscii > 0 && replaced / nonAscii < maxReplacedShare;
}

function strict(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

