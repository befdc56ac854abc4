import { describe, expect, it } from 'vitest';
import { readRecord } from '../../src/records/read-record.js';

const json = (value: unknown) => JSON.stringify(value);

describe('readRecord', () => {
  it.each([
    ['', null, /^empty line/],
    ['   ', null, /^empty line/],
    ['{"path": "a.txt", "text": "x"', null, /^not JSON: /],
    ['plan text, not JSON', null, /^not JSON: /],
    ['[1, 2]', null, /^not a record: .* got an array$/],
    ['"a string"', null, /^not a record: .* got a string$/],
    ['null', null, /^not a record: .* got null$/],
    [json({ text: '一、总体要求' }), null, /^invalid record: "path": /],
    [json({ path: '', text: 'x' }), null, /^invalid record: "path": expected a non-empty path/],
    [json({ path: 7, text: 'x' }), null, /^invalid record: "path": /],
    [json({ path: 'a.txt' }), 'a.txt', /^invalid record: no text/],
    [json({ path: 'a.txt', text: 42 }), 'a.txt', /^invalid record: "text": expected the plan as a string/],
    [json({ path: 'a.txt', text: null }), 'a.txt', /^invalid record: "text": /],
    [json({ path: 'a.txt', base64: '教育' }), 'a.txt', /^invalid record: "base64": not base64/],
    [json({ path: 'a.txt', text: 'x', base64: 'eA==' }), 'a.txt', /^invalid record: give "text" or "base64", not both$/],
    [json({ path: 'a.docx', text: 'x' }), 'a.docx', /^a \.docx record needs "base64"/],
    [json({ path: 'a.txt', text: 'x'.repeat(11) }), 'a.txt', /^too large: 0 MB \(the limit is 0 MB; raise it with --max-size\)$/],
    [json({ path: 'a.txt', base64: Buffer.from('x'.repeat(11)).toString('base64') }), 'a.txt', /^too large: /],
  ])('%s → path %j, one-line reason %s', (line, path, reason) => {
    const result = readRecord(line, 10);
    expect(result).toEqual({ ok: false, path, reason: expect.stringMatching(reason) });
    expect(result.ok || result.reason.includes('\n')).toBe(false);
  });

  it('encodes text as UTF-8 and reads it as UTF-8', () => {
    const result = readRecord(json({ path: 'x/瓮安.md', text: '一、总体要求' }));
    expect(result).toEqual({ ok: true, path: 'x/瓮安.md', bytes: Buffer.from('一、总体要求'), encoding: 'utf-8' });
  });

  it('gives base64 as the raw bytes, encoding left to detection; other keys are ignored', () => {
    const bytes = Buffer.from('一、总体要求', 'utf16le');
    const result = readRecord(json({ id: 17, path: 'a.txt', base64: bytes.toString('base64') }));
    expect(result).toEqual({ ok: true, path: 'a.txt', bytes });
  });
});
