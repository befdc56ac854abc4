import { extname } from 'node:path';
import type { Format } from '../schema/index.js';
import type { Report } from '../pipeline/report.js';
import type { Decoded } from '../pipeline/decode.js';

/** The format a path's extension names; anything unknown is read as plain text. */
export function formatOf(path: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/**
 * Bytes to the text that spans point into. Text and Markdown are decoded as they are;
 * later stages never need to know which it was (Markdown's headings are read by the outline).
 * Word and HTML become their visible text, one block per line; spans then point into that text.
 */
export async function readInput(
  bytes: Uint8Array,
  format: Format,
  _report: Report,
  decodeText: (bytes: Uint8Array) => Decoded,
): Promise<Decoded> {
  switch (format) {
    case 'text':
    case 'markdown':
      return decodeText(bytes);
    case 'docx':
      // Imported on demand: a batch of text files never loads mammoth or parse5.
      return { text: await (await import('./docx.js')).docxText(bytes), encoding: 'utf-8' };
    case 'html': {
      // Chinese government sites still serve GB2312 pages: the same detection as plain text.
      const decoded = decodeText(bytes);
      return { text: (await import('./html.js')).htmlText(decoded.text), encoding: decoded.encoding };
    }
  }
}
