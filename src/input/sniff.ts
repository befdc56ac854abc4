/** What a file's first bytes say it is, where that is cheap and certain to tell. */
export type Sniffed = 'pdf' | 'zip' | 'cfb' | 'rtf' | 'image' | 'html' | undefined;

const starts = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 Compound File: Word 97–2003 .doc, and what WPS Office saves as .doc, but also .xls and .ppt. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = ascii('{\\rtf');
const IMAGES = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], ascii('GIF8'), ascii('II*\0'), ascii('MM\0*')];

export function sniff(bytes: Uint8Array): Sniffed {
  if (starts(bytes, ZIP)) return 'zip';
  if (starts(bytes, CFB)) return 'cfb';
  if (starts(bytes, RTF)) return 'rtf';
  if (IMAGES.some((magic) => starts(bytes, magic))) return 'image';
  // At the very start only: a text that mentions %PDF- is still a text (a .pdf may have junk before it).
  if (starts(bytes, ascii('%PDF-'))) return 'pdf';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  // Web pages that systems export under a .doc name (Word opens them): read as the HTML they are.
  if (/^(?:\xef\xbb\xbf)?\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  return undefined;
}

/** Whether a zip archive holds a Word document, or an OFD one: both are zips inside. */
export function zipHolds(bytes: Uint8Array, entry: 'word/document.xml' | 'OFD.xml'): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(entry, 0, 'latin1');
}
