/**
 * Numbers glued to a year when a separator was lost in conversion: 2022100% (2022年 +
 * 100%), 202260项 (2022年 + 60项), 20202022年 (2020—2022年). `split` is returned only
 * when the reading is unambiguous: a year near the plan's year in front, a remainder
 * that cannot start with 0, and a whole that is implausible as printed.
 */
export type Fused = { kind: 'none' } | { kind: 'split'; yearDigits: number } | { kind: 'years' };

export function detectFused(digits: string, baseUnit: string, refYear: number | undefined): Fused {
  if (!/^\d{5,}$/.test(digits)) return { kind: 'none' };
  const year = Number(digits.slice(0, 4));
  const rest = digits.slice(4);
  if (!nearYear(year, refYear) || rest.startsWith('0')) return { kind: 'none' };
  if (baseUnit === '年') return rest.length === 4 && nearYear(Number(rest), refYear) ? { kind: 'years' } : { kind: 'none' };
  const share = baseUnit === '%' || baseUnit === '‰';
  // 20500个 is a plausible count; a share above 100 or a six-digit count after a year is not.
  if (share ? Number(digits) > 100 && Number(rest) <= 100 : digits.length >= 6 && baseUnit !== '元') {
    return { kind: 'split', yearDigits: 4 };
  }
  return { kind: 'none' };
}

function nearYear(year: number, refYear: number | undefined): boolean {
  return refYear === undefined ? year >= 1990 && year <= 2039 : Math.abs(year - refYear) <= 5;
}
