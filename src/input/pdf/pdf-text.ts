import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Grammars } from '../../grammar/compile.js';
import { InputError } from '../../pipeline/decode.js';
import type { Report } from '../../pipeline/report.js';
import { pageLines, type Line, type TextItem } from './page-lines.js';
import { removeFurniture } from './page-furniture.js';
import { joinLines } from './join-lines.js';
import { loadPdfjs } from './load-pdfjs.js';

/**
 * A PDF's text, read with Mozilla's PDF.js: lines rebuilt from the positions of the text items,
 * running headers, footers and page numbers set aside, lines broken by the page width joined.
 * PDF.js is imported on the first PDF, so reading any other format never loads it. Refused with a
 * plain reason: a file that is not a PDF or is cut short, one that needs a password, and one
 * with no text layer (scanned pages need OCR first).
 */
export async function pdfText(bytes: Uint8Array, grammars: Grammars, report: Report): Promise<string> {
  checkComplete(bytes);
  const pdfjs = await loadPdfjs();
  const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: PDF.js takes over the buffer it is given
    cMapUrl: join(assets, 'cmaps/'), // Chinese fonts map their glyphs to text through these CMaps
    cMapPacked: true,
    standardFontDataUrl: join(assets, 'standard_fonts/'),
    verbosity: pdfjs.VerbosityLevel.ERRORS, // its warnings would go to the console, amid our output
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  const pages: Line[][] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      const text: TextItem[] = items.flatMap((item) => ('str' in item ? [item] : [])); // not marked-content tags
      pages.push(pageLines(text, page.getViewport({ scale: 1 }).transform));
      page.cleanup();
    }
  } catch (error) {
    throw refusal(error);
  } finally {
    await task.destroy();
  }
  const body = removeFurniture(pages, grammars);
  if (!body.some((lines) => lines.length > 0)) {
    const pagesHave = pages.length === 1 ? 'its 1 page has' : `its ${pages.length} pages have`;
    const but = pages.some((lines) => lines.length > 0) ? ' but page numbers and headers' : '';
    throw new InputError(`no text layer: ${pagesHave} no text${but} (a scanned PDF needs OCR first)`);
  }
  const { text, pageStarts } = joinLines(body, grammars);
  // A page of a scanned table amid text pages: what it shows is not in the text, and the user is told where.
  body.forEach((lines, p) => {
    if (lines.length === 0) report.warn(`Page ${p + 1} of ${pages.length} has no text layer (a scanned page?): its content is missing here`, 'pdf/page-without-text', pageStarts[p]!, pageStarts[p]!);
  });
  return text;
}

/**
 * A PDF ends with %%EOF. PDF.js rebuilds a damaged file as best it can, and would read a
 * download cut short as a shorter plan: refused instead, since pages or their ends are missing.
 */
function checkComplete(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, 1024).includes('%PDF-')) throw new InputError('not a PDF file: it does not start with %PDF-');
  let end = buffer.length;
  while (end > 0 && (buffer[end - 1]! <= 0x20)) end--; // trailing line ends, spaces and NUL padding
  if (!buffer.subarray(Math.max(0, end - 1024), end).includes('%%EOF')) {
    throw new InputError('truncated PDF: it does not end with %%EOF (was the download cut short?)');
  }
}

function refusal(error: unknown): Error {
  // A slip of our own is not a fault of the file: it stays a crash, with its stack under --debug.
  if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) return error;
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (name === 'PasswordException') return new InputError('encrypted PDF: it needs a password to open; save an unprotected copy');
  return new InputError(`damaged PDF: ${message ?? String(error)}`);
}
