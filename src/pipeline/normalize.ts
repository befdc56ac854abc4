import { traditionalToSimplified } from './traditional.js';

/**
 * Normalised text for matching. Every mapping here replaces one UTF-16 code unit by one
 * code unit, so the offset map is the identity by construction: an offset found in the
 * normalised text is the same offset in the original, and `locate` is the only place that
 * turns offsets into points. Mappings that would change length (NFKC of ① or ㈠) are left
 * to the grammars, which match those characters as printed.
 */
export type Normalized = { text: string; original: string };

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_SHIFT = 0xff01 - 0x21;

/** Small-form and other look-alike punctuation that plans print for their half-width forms. */
const LOOKALIKES: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ', // no-break space from web pages
  '\ufe50': ',', '\ufe51': '、', '\ufe52': '.', '\ufe54': ';', '\ufe55': ':',
  '\ufe59': '(', '\ufe5a': ')', '\ufe63': '-',
  '\u2014': '—', '\u2015': '—', '\u2012': '-', '\u2013': '-', '\u2212': '-', '\u301c': '~',
  '\u2027': '·', '\u30fb': '·', '\u2022': '·',
};

export function normalize(original: string): Normalized {
  const table = looksTraditional(original) ? (traditionalTable ??= replacementTable(true)) : (plainTable ??= replacementTable(false));
  const n = original.length;
  let first = 0;
  while (first < n && table[original.charCodeAt(first)] === 0) first++;
  if (first === n) return { text: original, original };
  // One code unit for one, so the text is rewritten in place as UTF-16 and decoded once: a
  // 10 MB plan has hundreds of thousands of full-width commas, each a piece to join otherwise.
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    codes[i] = table[code] || code;
  }
  return { text: Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le'), original };
}

// What each BMP code unit becomes (0: itself), one table with the traditional characters and one
// without: a lookup by character code, where a Map lookup first makes a one-character string.
let plainTable: Uint16Array | undefined;
let traditionalTable: Uint16Array | undefined;

function replacementTable(traditional: boolean): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = FULLWIDTH_START; code <= FULLWIDTH_END; code++) table[code] = code - FULLWIDTH_SHIFT;
  for (const [from, to] of Object.entries(LOOKALIKES)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  if (traditional) {
    for (const [from, to] of traditionalToSimplified) {
      if (from.length === 1 && to.length === 1 && from.charCodeAt(0) >= 0x3400 && table[from.charCodeAt(0)] === 0) table[from.charCodeAt(0)] = to.charCodeAt(0);
    }
  }
  return table;
}

/**
 * Some characters are traditional in one text and simplified in another (著, 么, 乾), so
 * the map is applied only to a document that is traditional as a whole: in a simplified
 * plan such characters are well under 1% of the Han text, in a traditional one far above.
 */
/** Characters that are also everyday simplified characters (显著, 什么, 乾坤, 于是): not evidence. */
const AMBIGUOUS = '著么乾於沈覆祇徵夥餘藉瞭鍾閒';

export function looksTraditional(text: string): boolean {
  const evidence = (traditionalEvidence ??= evidenceTable());
  let han = 0;
  let traditional = 0;
  const limit = Math.min(text.length, 20_000);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    han++;
    traditional += evidence[code]!;
  }
  return han > 0 && traditional / han > 0.03;
}

// One byte per BMP code unit: a lookup by character code, where a Map lookup would first make
// a one-character string of every Han character read.
let traditionalEvidence: Uint8Array | undefined;

function evidenceTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of traditionalToSimplified.keys()) if (char.length === 1 && !AMBIGUOUS.includes(char)) table[char.charCodeAt(0)] = 1;
  return table;
}
