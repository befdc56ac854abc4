import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../src/output/encode-json.js';
import { formatJson, formatJsonLine } from '../../src/output/json.js';
import { parseText } from '../../src/index.js';
import { corpus, fixturePath } from '../helpers/fixtures.js';
import type { PlanDocument } from '../../src/schema/index.js';

const bytes = (pieces: Uint8Array[]) => Buffer.concat(pieces);
// Compared as strings: a deep comparison of megabyte buffers takes minutes.
const same = (value: object) => {
  expect(bytes(encodeJson(value, true)).toString('utf8')).toBe(JSON.stringify(value, null, 2) + '\n');
  expect(bytes(encodeJson(value, false)).toString('utf8')).toBe(JSON.stringify(value) + '\n');
};

describe('encodeJson', () => {
  it('writes the bytes of formatJson and formatJsonLine for the corpus', async () => {
    for (const name of corpus) {
      const document = await parseText(readFileSync(fixturePath(name), 'utf8'), { path: name });
      expect(bytes(encodeJson(document, true)).toString('utf8')).toBe(formatJson(document));
      expect(bytes(encodeJson(document, false)).toString('utf8')).toBe(formatJsonLine(document));
    }
  });

  it('writes what JSON.stringify writes for empty lists and objects, left-out and null values', () => {
    same({});
    same({ a: [], b: {}, c: null, d: undefined, e: [undefined, () => 1, 2], f: '' });
    same({ only: [{ nested: [{ deeper: [1, 2] }], text: '一\n二' }] });
  });

  it('keeps characters whole across pieces, however long the text', () => {
    const long = '数据'.repeat(400_000) + '😀'.repeat(300_000); // several pieces, pairs at every cut
    const document = { text: long, items: [{ text: long }, '𠀀'.repeat(500_000)] } as unknown as PlanDocument;
    const pieces = encodeJson(document, true);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(Buffer.from(piece).toString('utf8')).not.toContain('\uFFFD'); // each piece is whole UTF-8
    same(document);
  });
});
