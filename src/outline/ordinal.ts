const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The number a heading marker prints: 一 … 九十九, 12, ①–⑳. Ordinals are small and
 * regular, so this reads only what markers use (amounts go through the numeral parser).
 */
export function ordinalOf(marker: string): number | undefined {
  const circled = marker.match(/[\u2460-\u2473]/);
  if (circled) return circled[0].charCodeAt(0) - 0x2460 + 1;
  const digits = marker.match(/[0-9]+/);
  if (digits) return Number(digits[0]);
  const han = marker.match(/[一二三四五六七八九十]+/);
  if (!han) return undefined;
  const s = han[0];
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? HAN_DIGITS[s] : undefined;
  const tens = ten === 0 ? 1 : HAN_DIGITS[s[ten - 1]!];
  const units = ten === s.length - 1 ? 0 : HAN_DIGITS[s[ten + 1]!];
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}
