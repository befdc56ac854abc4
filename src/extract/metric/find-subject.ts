import type { Token } from '../block-tokens.js';
import { firstIndex } from '../../util/sorted-search.js';

// Tags of words that can make up a noun phrase: nouns of all kinds, verbal and adjectival
// nouns, distinguishing words (正副, 省级), idioms and abbreviations.
const NOUNISH = /^(?:n|vn|an|b|ng|j|l|s|zg|g|nz|nt|ns|nr)/;
// Words that sit between a subject and its number (入园率达95%, 教师不少于100名, 人数力争突破300人).
const LINKS = new Set([
  '达', '达到', '保持', '保持在', '为', '在', '控制', '控制在', '分别', '均', '各', '共', '共计', '总计', '累计', '约', '近', '不少于',
  '不低于', '超过', '不超过', '低于', '高于', '至少', '达成', '稳定', '稳定在', '提高', '提高到', '提升', '提升到', '下降', '降低', '减少', '增加', '增长', '新增', '突破', '力争', '争取', '确保', '到', '至', '',
]);
const MAX_WORDS = 4;
const MAX_CHARS = 14;

export type SubjectOptions = {
  /** A share (%, ‰, 个百分点): it qualifies the rate before it, not a noun after it (比例超过5%的地区). */
  rate: boolean;
  /** Words that make a measure noun of the word before them (就诊 + 率); see metricMeasureSuffixes. */
  measureSuffixes: ReadonlySet<string>;
};

/**
 * What a metric counts: the noun phrase right after it (选派76名正副校（园）长), or else the one
 * before it, across linking words (招聘教师196名, 公办园入园率达74.5%); for a share, the one
 * before it first. Offsets of the phrase, or undefined when no noun phrase stands next to the number.
 */
export function findSubject(tokens: readonly Token[], start: number, end: number, options: SubjectOptions): { start: number; end: number } | undefined {
  const after = () => phrase(tokens, firstAt(tokens, end), 1, options.measureSuffixes);
  const before = () => {
    let i = lastBefore(tokens, start);
    while (i >= 0 && (LINKS.has(tokens[i]!.word.trim()) || tokens[i]!.tag === 'd')) i--;
    return phrase(tokens, i, -1, options.measureSuffixes);
  };
  return options.rate ? (before() ?? after()) : (after() ?? before());
}

function phrase(tokens: readonly Token[], from: number, step: 1 | -1, suffixes: ReadonlySet<string>): { start: number; end: number } | undefined {
  let i = from;
  if (step === 1 && tokens[i]?.word === '的') i++;
  const taken: Token[] = [];
  const fits = (t: Token) => (step === 1 ? t.end - (taken[0]?.start ?? t.start) : (taken[0]?.end ?? t.end) - t.start) <= MAX_CHARS;
  while (i >= 0 && i < tokens.length && taken.length < MAX_WORDS) {
    const t = tokens[i]!;
    // 创建30所市级“劳动教育特色学校”: a quoted name continues the phrase after the number.
    const close = step === 1 && t.word === '“' ? closingQuote(tokens, i) : -1;
    if (close > i && fits(tokens[close]!)) {
      taken.push(...tokens.slice(i, close + 1));
      i = close + 1;
      continue;
    }
    // Going left, the word before a bare 率/量/比 belongs to it whatever its tag (就诊/v 率).
    const glued = step === -1 && taken.length > 0 && suffixes.has(taken.at(-1)!.word) && !isPunct(t.word) && !LINKS.has(t.word);
    if (!(glued || isNounish(t) || (step === -1 && isMeasure(t.word, suffixes))) || !fits(t)) break;
    taken.push(t);
    i += step;
  }
  // Before the number, a verbal noun on the far left is the verb of the clause (建设省级现代化学校2所).
  // (Not one that a 率 or 量 makes a noun of: 管理/vn 率.)
  while (step === -1 && taken.length > 1 && taken.at(-1)!.tag === 'vn' && !suffixes.has(taken.at(-2)!.word)) taken.pop();
  if (taken.length === 0) return undefined;
  const first = step === 1 ? taken[0]! : taken.at(-1)!;
  const last = step === 1 ? taken.at(-1)! : taken[0]!;
  return { start: first.start, end: last.end };
}

/**
 * Noun-like words, but not times (每学期, 年度): those say when, not what. Words jieba's HMM
 * made up (tag x: 课改) are mostly names and nouns; grades like 一级 (tag m) are attributes.
 */
function isNounish(t: Token): boolean {
  if (isPunct(t.word) || t.word.startsWith('每') || t.word.includes('年度')) return false;
  return NOUNISH.test(t.tag) || t.tag === 'x' || (t.tag === 'm' && t.word.endsWith('级'));
}

/** 率, 辍学率, 占比: a measure noun by its ending, whatever jieba tags it (辍学率/v). */
function isMeasure(word: string, suffixes: ReadonlySet<string>): boolean {
  if (suffixes.has(word)) return true;
  for (const suffix of suffixes) if (word.length > suffix.length && word.endsWith(suffix) && !isPunct(word)) return true;
  return false;
}

/** Index of the ” that closes the “ at `open`, looking a few words ahead only. */
function closingQuote(tokens: readonly Token[], open: number): number {
  for (let k = open + 1; k < Math.min(tokens.length, open + 8); k++) if (tokens[k]!.word === '”') return k;
  return -1;
}

function isPunct(word: string): boolean {
  return !/[\u3400-\u9fffA-Za-z]/u.test(word);
}

function firstAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens.length, (i) => tokens[i]!.start >= offset);
}

function lastBefore(tokens: readonly Token[], offset: number): number {
  let i = firstAt(tokens, offset) - 1;
  while (i >= 0 && tokens[i]!.end > offset) i--;
  return i;
}
