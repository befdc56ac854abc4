import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../../src/pipeline/decode.js';
import { createReport } from '../../src/pipeline/report.js';

const text = '瓮安县2022年教育工作要点\n一、加强党建';
const utf8 = new TextEncoder().encode(text);
const gb = Uint8Array.from([0xce, 0xcd, 0xb0, 0xb2, 0xcf, 0xd8]); // 瓮安县 in GB18030
const utf16 = (le: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
};

describe('decode', () => {
  it.each([
    ['UTF-8', utf8, 'utf-8', text],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8-bom', text],
    ['UTF-16 LE with BOM', utf16(true), 'utf-16le', text],
    ['UTF-16 BE with BOM', utf16(false), 'utf-16be', text],
    ['GB18030', gb, 'gb18030', '瓮安县'],
  ])('%s', (_name, bytes, encoding, expected) => {
    const report = createReport('x.txt');
    expect(decode(bytes, report)).toEqual({ text: expected, encoding });
    expect(report.warnings).toEqual([]);
  });

  it('forces an encoding when asked, and reports replaced bytes', () => {
    const report = createReport('x.txt');
    const decoded = decode(gb, report, 'utf-8');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('\uFFFD');
    expect(report.warnings[0]?.code).toBe('decode/replaced');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty file'],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary file'],
    ['bytes neither UTF-8 nor GB18030', Uint8Array.from([0x41, 0xff, 0xff, 0x41, 0x80, 0x80]), 'undecodable bytes'],
  ])('refuses %s with a plain reason', (_name, bytes, reason) => {
    expect(() => decode(bytes, createReport('x.txt'))).toThrow(InputError);
    expect(() => decode(bytes, createReport('x.txt'))).toThrow(reason);
  });
});
