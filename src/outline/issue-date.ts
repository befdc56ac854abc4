import type { Grammars } from '../grammar/compile.js';
import type { RawMatter } from './types.js';

const HAN: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The signature date of the wrapper as an ISO date (buildMeta falls back to metadata). */
export function issueDateOf(blocks: readonly RawMatter[], text: string, grammars: Grammars): string | undefined {
  const rule = grammars.rule('matter/date');
  for (const b of blocks.filter((x) => x.kind === 'date' || x.kind === 'signature')) {
    rule.regex.lastIndex = 0;
    const line = text.slice(b.start, b.end).trim().replace(/^.*?(?=(?:19|20)\d{2}年)/, '');
    const m = rule.regex.exec(line);
    if (m?.groups) return isoOf(m.groups);
  }
  return undefined;
}

function isoOf(g: Record<string, string | undefined>): string | undefined {
  if (g.y) return iso(Number(g.y), Number(g.m), Number(g.d));
  if (g.iy) return iso(Number(g.iy), Number(g.im), Number(g.id));
  if (g.ry) return iso(Number(g.ry), Number(g.rm), Number(g.rd));
  if (g.hy) return iso(Number([...g.hy].map((c) => HAN[c]).join('')), hanNumber(g.hm!), hanNumber(g.hd!));
  return undefined;
}

/** 三 → 3, 十二 → 12, 二十七 → 27, 三十一 → 31. */
function hanNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return HAN[s] ?? NaN;
  return (ten === 0 ? 1 : HAN[s[ten - 1]!]!) * 10 + (ten === s.length - 1 ? 0 : HAN[s[ten + 1]!]!);
}

function iso(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
