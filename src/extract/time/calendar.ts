/** ISO calendar arithmetic on plain dates (no clock, no time zone). */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day before an ISO date (a deadline "before the autumn term" ends the day before it starts). */
export function dayBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) - 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * A month-day from grammars data in a given year: "09-01", "+01-31" (the next year, for a
 * term that runs over New Year), "02-L" (the last day of the month).
 */
export function resolveMonthDay(spec: string, year: number): string | undefined {
  const m = /^(\+?)(\d{2})-(\d{2}|L)$/.exec(spec);
  if (!m) return undefined;
  const y = year + (m[1] ? 1 : 0);
  const month = Number(m[2]);
  const day = m[3] === 'L' ? lastDayOf(y, month) : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDayOf(y, month)) return undefined;
  return isoDate(y, month, day);
}

/** Whether a year/month/day triple is a real date (2月30日 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month);
}
