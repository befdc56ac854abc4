import { normalize } from '../pipeline/normalize.js';

/**
 * Two titles say the same when they differ only in print: full-width or traditional forms,
 * spaces and punctuation (推进学前教育普及普惠 = 推进学前教育普及普惠。). Any other difference
 * is a rewording, however small.
 */
export function sameTitle(a: string, b: string): boolean {
  return bare(a) === bare(b);
}

function bare(title: string): string {
  return normalize(title).text.replace(/[\s\p{P}\p{S}]+/gu, '');
}
