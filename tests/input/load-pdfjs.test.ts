import { describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../src/input/pdf/load-pdfjs.js';

// Taken before PDF.js is first imported in this test file's process.
const builtins = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString, stringify: JSON.stringify };

describe('loadPdfjs', () => {
  it('puts back the built-ins that the legacy build polyfills over (a batch would run slower after one PDF)', async () => {
    const pdfjs = await loadPdfjs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect({ push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString, stringify: JSON.stringify }).toEqual(builtins);
    expect(Array.prototype.push).toBe(builtins.push);
    expect(JSON.parse).toBe(builtins.parse);
  });

  it('keeps what PDF.js adds and needs on Node 20, and loads it once', async () => {
    expect(typeof (Promise as unknown as { withResolvers: unknown }).withResolvers).toBe('function');
    expect(await loadPdfjs()).toBe(await loadPdfjs());
  });
});
