import type { Report } from './report.js';

type Encoding = 'utf-8' | 'gb18030';

// Above this share of replaced characters the bytes are not text in either encoding.
const MAX_REPLACED_SHARE = 0.05;

/**
 * Bytes that are neither clean UTF-8 nor clean GB18030: a file pasted together from both, a
 * flipped byte, a download cut off mid-character. The encoding that leaves fewer characters
 * undecodable is the file's; each line (0x0A never occurs inside a character in either) that
 * is not clean in it but is clean in the other is read in the other; what is left is replaced
 * with U+FFFD. Every such line is a warning, so nothing is changed silently. Returns undefined
 * when too much would be replaced to call it text.
 */
export function decodeMixed(bytes: Uint8Array, report: Report): { text: string; encoding: string } | undefined {
  const primary: Encoding = replacedCount(bytes, 'utf-8') <= replacedCount(bytes, 'gb18030') ? 'utf-8' : 'gb18030';
  const other: Encoding = primary === 'utf-8' ? 'gb18030' : 'utf-8';
  const parts: string[] = [];
  let length = 0;
  let replaced = 0;
  let usedOther = false;
  let from = 0;
  while (from <= bytes.length) {
    const nl = bytes.indexOf(0x0a, from);
    const to = nl < 0 ? bytes.length : nl + 1;
    const line = bytes.subarray(from, to);
    let text = strict(line, primary);
    // A UTF-8 line with one bad byte stays UTF-8 (one replacement), not GB18030 noise.
    if (text === undefined && !(primary === 'utf-8' && mostlyUtf8(line, 0.5))) {
      text = strict(line, other);
      if (text !== undefined) {
        usedOther = true;
        report.warn(`line decoded as ${other} in a ${primary} file`, 'decode/mixed', length, length + text.length);
      }
    }
    if (text === undefined) {
      text = new TextDecoder(primary).decode(line);
      const count = text.split('\uFFFD').length - 1;
      replaced += count;
      const at = length + text.indexOf('\uFFFD');
      report.warn(`${count} undecodable byte sequence(s) replaced with U+FFFD under ${primary}`, 'decode/replaced', at, at + 1);
    }
    parts.push(text);
    length += text.length;
    if (nl < 0) break;
    from = to;
  }
  if (length === 0 || replaced / length > MAX_REPLACED_SHARE) return undefined;
  return { text: parts.join(''), encoding: usedOther ? `${primary}+${other}` : primary };
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

function replacedCount(bytes: Uint8Array, encoding: Encoding): number {
  return new TextDecoder(encoding).decode(bytes).split('\uFFFD').length - 1;
}
