import { InputError } from '../pipeline/decode.js';

/**
 * A .docx file's text, one paragraph per line (mammoth ends each paragraph with a blank line;
 * plain-text plans have none, so the outline sees the same shape). mammoth is imported here,
 * lazily, so reading text files never loads it.
 * Known gap: Word's automatic list numbering is not part of the text mammoth returns.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new InputError(`not a readable .docx file: ${(error as Error).message}`);
  }
  return value.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '\n');
}
