import { extname } from 'node:path';
import { InputError } from '../pipeline/decode.js';
import type { Format } from '../schema/index.js';
import { sniff, zipHolds } from './sniff.js';
import { unsupportedReason } from './unsupported.js';

/** Extensions and the format they name; anything else is read as plain text. */
const byExtension: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.doc': 'doc',
};

/**
 * The format of an input: its first bytes where they tell (a PDF saved as .txt, a .docx or a
 * web page exported under a .doc name, a .wps that WPS Office wrote as a Word 97–2003 file),
 * else its extension. Formats known to be unreadable are refused with what to convert them to.
 */
export function formatOf(path: string, bytes?: Uint8Array): Format {
  const ext = extname(path).toLowerCase();
  const sniffed = bytes && sniff(bytes);
  if (sniffed === 'pdf') return 'pdf';
  if (sniffed === 'cfb' && (ext === '.doc' || ext === '.wps' || ext === '.docx')) return 'doc';
  if (sniffed === 'zip' && bytes) {
    if (zipHolds(bytes, 'word/document.xml')) return 'docx';
    if (zipHolds(bytes, 'OFD.xml')) throw new InputError(unsupportedReason('.ofd', ext || '.ofd')!);
  }
  if (sniffed === 'html' && ext === '.doc') return 'html';
  if (sniffed === 'rtf' && (ext === '.doc' || ext === '.rtf')) throw new InputError(unsupportedReason('.rtf', ext)!);
  const refused = unsupportedReason(ext);
  if (refused) throw new InputError(refused);
  return byExtension[ext] ?? 'text';
}
