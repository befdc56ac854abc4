declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

/** word-extractor ships no types: the part of its API that src/input/doc.ts uses. */
declare module 'word-extractor' {
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<{ getBody(options?: { filterUnicode?: boolean }): string; getHeaders(options?: { includeFooters?: boolean }): string; getFooters(): string }>;
  }
}

/** PDF.js's worker half, imported for its side effect (it registers itself on globalThis.pdfjsWorker). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
