/**
 * The form two readings of the same words are compared in: white space of any kind dropped
 * (a title printed over two lines, 党支部 书记), full-width ASCII folded to half-width
 * (（一） and (一) are the same marker). Only for comparing; reports show what was printed.
 */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (/\s/u.test(ch) || code === 0x3000 || code === 0xa0) continue;
    out += code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
  }
  return out;
}
