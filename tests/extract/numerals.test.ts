import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/extract/numerals/parse-chinese-number.js';

describe('parseChineseNumber', () => {
  it.each([
    // Arabic, as normalisation leaves it (full-width already folded)
    ['196', 196],
    ['12.5', 12.5],
    ['1,200', 1200],
    ['0', 0],
    // Arabic with Chinese scales, and the 余/多 that sit between them
    ['1.5万', 15000],
    ['2.2亿', 220000000],
    ['3000余万', 30000000],
    ['3万亿', 3000000000000],
    ['1亿2000万', 120000000],
    ['5千', 5000],
    // Chinese numerals
    ['两', 2],
    ['零', 0],
    ['〇', 0],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千零五十', 2050],
    ['三千零五', 3005],
    ['一万零五百', 10500],
    ['两千五百万', 25000000],
    ['一亿二千万', 120000000],
    ['廿', 20],
    ['贰拾', 20],
    // shorthand: a trailing digit right after a unit is one place lower
    ['十三万五', 135000],
    ['一百五', 150],
    ['三千五', 3500],
    // decimals and percents
    ['三点五', 3.5],
    ['二点五万', 25000],
    ['百分之九十五', 0.95],
    ['百分之五十', 0.5],
    // digit-by-digit (years)
    ['二〇二二', 2022],
    ['二零二三', 2023],
  ])('%s → %d', (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each([[''], ['万'], ['百千'], ['第三'], ['三五十'], ['abc'], ['一体化'], ['十四五期间'], ['3+2'], ['点五']])(
    '%s is not a number',
    (input) => {
      expect(parseChineseNumber(input)).toBeUndefined();
    },
  );
});
