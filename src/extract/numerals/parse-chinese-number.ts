/**
 * Reads a number as Chinese plans print it: Arabic (1,200 / 3.5), Chinese numerals with
 * 十百千万亿 (一百二十, 两千零五十, 十三万五), mixes (1.5万, 2.2亿, 3000余万), digit-by-digit
 * years (二〇二二 → 2022), Chinese decimals (三点五) and 百分之… (百分之九十五 → 0.95; the
 * metric extractor reads the percent itself). Returns undefined for anything that is not
 * wholly a number, so callers can pass a candidate slice and trust the answer.
 */
export function parseChineseNumber(text: string): number | undefined {
  // 3000余万: 余/多 inside a number only say "more than"; the caller reads them for the comparator.
  const s = text.trim().replace(/(?<=.)[余多](?=.)/gu, '');
  if (s.startsWith('百分之')) {
    const n = parseChineseNumber(s.slice(3));
    return n === undefined ? undefined : shift(n, -2);
  }
  const point = s.search(/点/);
  if (point > 0) return parseChineseDecimal(s.slice(0, point), s.slice(point + 1));
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return undefined;
  return tokens.some((t) => t.kind === 'unit') ? combine(tokens) : digitByDigit(tokens);
}

type Token = { kind: 'num'; value: number; han: boolean } | { kind: 'unit'; pow: number } | { kind: 'zero' };

const hanDigits: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
// Powers of ten of each unit character; 廿/卅 are "two tens"/"three tens" in one sign.
const units: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };
const arabic = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

function tokenize(s: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const m = arabic.exec(rest);
    const ch = s[i]!;
    if (m) {
      tokens.push({ kind: 'num', value: Number(m[0].replace(/,/g, '')), han: false });
      i += m[0].length;
      continue;
    }
    if (ch === '廿' || ch === '卅') {
      tokens.push({ kind: 'num', value: ch === '廿' ? 2 : 3, han: true }, { kind: 'unit', pow: 1 });
    } else if (ch in units) {
      tokens.push({ kind: 'unit', pow: units[ch]! });
    } else if (ch in hanDigits) {
      const value = hanDigits[ch]!;
      // 零 between parts of a number (两千零五) only marks a gap; as a lone digit it is 0.
      tokens.push(value === 0 && (ch === '零' || ch === '〇') ? { kind: 'zero' } : { kind: 'num', value, han: true });
    } else {
      return undefined;
    }
    i += 1;
  }
  return tokens;
}

/** 二〇二二 → 2022: digits only, no units. Arabic runs never reach here in pieces. */
function digitByDigit(tokens: Token[]): number | undefined {
  if (tokens.length === 1 && tokens[0]!.kind === 'num') return tokens[0]!.value;
  let digits = '';
  for (const t of tokens) {
    if (t.kind === 'zero') digits += '0';
    else if (t.kind === 'num' && t.han) digits += String(t.value);
    else return undefined;
  }
  return digits ? Number(digits) : undefined;
}

/** Positional reading with sections split at 万 and 亿 (一亿二千万 = 1e8 + 2e7). */
function combine(tokens: Token[]): number | undefined {
  let total = 0; // everything at or above the last 万/亿
  let section = 0; // below 万 within the current section
  let pending: number | undefined; // a digit waiting for its unit
  let lastUnit = 0; // power of the unit just applied, for the 十三万五 shorthand
  let sawZero = false;
  let prev: Token['kind'] | undefined;
  for (const t of tokens) {
    if (t.kind === 'num') {
      if (prev === 'num') return undefined; // 三五 with units elsewhere is not a number
      pending = t.value;
    } else if (t.kind === 'zero') {
      if (prev === 'zero' && pending === undefined && section === 0 && total === 0) return undefined;
      sawZero = true;
      pending = undefined;
    } else if (t.pow < 4) {
      if (prev === 'unit' && t.pow >= lastUnit) return undefined; // 百千 is not a number
      section += shift(pending ?? 1, t.pow);
      pending = undefined;
      lastUnit = t.pow;
      sawZero = false;
    } else {
      if (prev === undefined) return undefined; // a bare 万 is a word, not a number
      const head = section + (pending ?? 0);
      total = t.pow === 8 ? shift(total + head, 8) : total + shift(head, 4);
      if (t.pow === 8 && total === 0) return undefined;
      section = 0;
      pending = undefined;
      lastUnit = t.pow;
      sawZero = false;
    }
    prev = t.kind;
  }
  if (pending !== undefined) {
    // 十三万五 = 135000, 一百五 = 150: a trailing digit right after a unit is one place lower.
    const abbreviated = prev === 'num' && !sawZero && lastUnit >= 2 && tokens.length >= 2 && tokens.at(-2)!.kind === 'unit';
    section += abbreviated ? shift(pending, lastUnit - 1) : pending;
  }
  return round(total + section);
}

function parseChineseDecimal(whole: string, fraction: string): number | undefined {
  const scale = /[万亿]$/.exec(fraction);
  const digits = scale ? fraction.slice(0, -1) : fraction;
  const head = parseChineseNumber(whole);
  if (head === undefined || !/^[〇零一二三四五六七八九]+$/.test(digits)) return undefined;
  const frac = [...digits].map((c) => hanDigits[c]).join('');
  const value = Number(`${head}.${frac}`);
  return scale ? shift(value, units[scale[0]]!) : value;
}

/** Multiply by a power of ten through the exponent, so 2.2亿 is 220000000 and not 220000000.00000003. */
function shift(value: number, pow: number): number {
  return Number(`${value}e${pow}`);
}

function round(value: number): number {
  return Number(value.toPrecision(15));
}
