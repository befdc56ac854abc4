import { describe, expect, it } from 'vitest';
import { formatOf } from '../../src/input/format-of.js';
import { InputError } from '../../src/pipeline/decode.js';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const refusal = (path: string, data?: Uint8Array) => {
  try {
    formatOf(path, data);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  return undefined;
};

describe('formatOf: the format of an input, from its bytes where they tell, else its name', () => {
  it.each([
    ['plan.txt', undefined, 'text'],
    ['plan.md', undefined, 'markdown'],
    ['plan.docx', undefined, 'docx'],
    ['plan.doc', undefined, 'doc'],
    ['plan.htm', undefined, 'html'],
    ['plan.pdf', undefined, 'pdf'],
    ['PLAN.PDF', undefined, 'pdf'],
    ['plan.txt', bytes('%PDF-1.7\n'), 'pdf'],
    ['plan.doc', bytes('PK\x03\x04', '[Content_Types].xml word/document.xml'), 'docx'],
    ['plan.txt', bytes('PK\x03\x04', 'word/document.xml'), 'docx'],
    ['plan.docx', bytes(CFB), 'doc'],
    ['plan.wps', bytes(CFB), 'doc'],
    ['plan.doc', bytes('<!DOCTYPE html><html>'), 'html'],
    ['plan.txt', bytes('一、总体要求 %PDF-1.7'), 'text'],
    ['plan.txt', bytes('<html><p>一、</p></html>'), 'text'],
  ])('%s %s → %s', (path, data, format) => {
    expect(formatOf(path, data)).toBe(format);
  });

  it.each([
    ['plan.ofd', undefined, '.ofd (OFD) is not supported: export it as PDF or .docx'],
    ['plan.docx', bytes('PK\x03\x04', 'Doc_0/Document.xml OFD.xml'), '.docx (OFD) is not supported: export it as PDF or .docx'],
    ['plan.wps', bytes('WPS native'), '.wps (WPS Writer) is not supported: save it as .docx or .doc in WPS Office'],
    ['plan.doc', bytes('{\\rtf1\\ansi'), '.doc (RTF) is not supported: save it as .docx'],
    ['scan.png', undefined, '.png (PNG image) is not supported: get the plan as text, .docx or PDF, or run OCR on the image first'],
    ['scan.JPG', undefined, '.jpg (JPEG image) is not supported: get the plan as text, .docx or PDF, or run OCR on the image first'],
    ['scan.tif', undefined, '.tif (TIFF image) is not supported: get the plan as text, .docx or PDF, or run OCR on the image first'],
  ])('%s is refused: %s', (path, data, reason) => {
    expect(refusal(path, data)).toBe(reason);
  });

  it('a picture saved as .txt stays text, refused later as binary (the reason it always had)', () => {
    expect(formatOf('picture.png.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('text');
  });
});
