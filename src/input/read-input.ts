import type { Format } from '../schema/index.js';
import type { Report } from '../pipeline/report.js';
import type { Decoded } from '../pipeline/decode.js';
import type { Grammars } from '../grammar/compile.js';

/**
 * Bytes to the text that spans point into. Text and Markdown are decoded as they are;
 * later stages never need to know which it was (Markdown's headings are read by the outline).
 * Word, HTML and PDF become their visible text, one paragraph per line; spans then point into
 * that text. Each reader is imported on demand: a batch of text files never loads mammoth,
 * parse5, word-extractor or PDF.js.
 */
export async function readInput(
  bytes: Uint8Array,
  format: Format,
  report: Report,
  decodeText: (bytes: Uint8Array) => Decoded,
  grammars: Grammars,
): Promise<Decoded> {
  switch (format) {
    case 'text':
    case 'markdown':
      return decodeText(bytes);
    case 'docx':
      return { text: await (await import('./docx.js')).docxText(bytes), encoding: 'utf-8' };
    case 'doc':
      // Word 97–2003 stores text as UTF-16LE (runs of Latin-1 only as single bytes).
      return { text: await (await import('./doc.js')).docText(bytes), encoding: 'utf-16le' };
    case 'pdf':
      // Fonts map glyphs to text through ToUnicode CMaps, which are UTF-16BE; the marker
      // grammar tells the PDF reader where paragraphs start.
      return { text: await (await import('./pdf/pdf-text.js')).pdfText(bytes, grammars, report), encoding: 'utf-16be' };
    case 'html': {
      // Chinese government sites still serve GB2312 pages: the same detection as plain text.
      const decoded = decodeText(bytes);
      return { text: (await import('./html.js')).htmlText(decoded.text), encoding: decoded.encoding };
    }
  }
}
