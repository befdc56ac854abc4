import { InputError } from '../pipeline/decode.js';

/**
 * A Word 97–2003 (.doc) file's body text, one paragraph per line, as .docx is read: headers,
 * footers, footnotes and comments are not part of it. WPS Office's "Word 97–2003" files are the
 * same format. word-extractor is imported here, lazily, so other formats never load it.
 */
export async function docText(bytes: Uint8Array): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: false }); // its default turns “” into "", which Chinese text must keep
  } catch (error) {
    throw new InputError(`not a readable Word 97–2003 (.doc) file: ${(error as Error).message}`);
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n')
    .concat('\n');
}
