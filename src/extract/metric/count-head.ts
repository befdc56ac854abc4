import type { Token } from '../block-tokens.js';
import { firstIndex } from '../../util/sorted-search.js';
import type { MetricCandidate } from './read-match.js';
import type { MetricLexicon } from './metric-lexicon.js';

const CJK = /[\u3400-\u9fff]/u;
// Tags of a noun that a count can stand before: nouns of all kinds, place words, distinguishing
// words (省级), abbreviations; zg is how jieba tags a lone 村.
const NOUN = /^(?:n|s|b|j|zg)/;
// Tags of a verb, adjective or adverb: after 三个 they make a slogan (三个探索, 三个全覆盖, 四个坚持).
// Verbal nouns (vn: 四个合作, 三项工作) stay counts of things.
const NOT_A_THING = /^(?:v|vd|a|ad|d)$/;
// The longest slogan head: 全覆盖, 再提升.
const SLOGAN_HEAD = 3;
// Words that describe what follows with 的 (完善的, 便捷的, 现代化的).
const DESCRIBING = /^(?:a|an|v|vn)$/;
// How many words a counted noun phrase is read over.
const PHRASE_WORDS = 4;

/**
 * Why a count in words is not a metric, by the word jieba finds right after it, or undefined.
 * 一 before a measure word of concrete things counts them only when a noun follows (指定一名分管
 * 领导, 有一个社区服务中心) — not before an adjective or a vague noun (一个比较大的提高, 今后一个
 * 时期); 三个 before a verb or adjective is a slogan.
 */
export function countHead(c: MetricCandidate, tokens: readonly Token[], text: string, lex: MetricLexicon): string | undefined {
  if (!c.han || (c.after !== undefined && c.after !== '')) return undefined;
  const at = firstIndex(tokens.length, (i) => tokens[i]!.start >= c.end);
  const next = tokens[at];
  if (next === undefined || next.start !== c.end || !CJK.test(next.word)) return undefined;
  if (c.digits === '一' && lex.countUnits.has(c.readUnit) && !lex.frequencyUnits.has(c.readUnit) && !hasPrefixComparator(text, c, lex)) {
    // 有一套完善的市政设施: an adjective with 的 before a concrete noun still counts it.
    const described = DESCRIBING.test(next.tag) && tokens[at + 1]?.word === '的' && tokens[at + 1]!.start === next.end;
    if (described) return headAfter(tokens, at + 2, lex.vagueHeads) === 'concrete' ? undefined : 'indefinite 一 (一个良好的发展环境)';
    if (!NOUN.test(next.tag)) return 'indefinite 一 (一个比较大的提高, 一项重要内容)';
    if (headAfter(tokens, at, lex.vagueHeads) !== 'concrete') return 'indefinite 一 before a vague or abstract head (今后一个时期, 建立一个长效机制)';
  }
  // Only where the verb ends the phrase: in 三个打造成美丽乡村示范村 the count is the subject.
  if ((c.readUnit === '个' || c.readUnit === '项') && NOT_A_THING.test(next.tag) && phraseEndsWithin(text, c.end, SLOGAN_HEAD)) return 'a slogan (三个探索, 三个全覆盖)';
  return undefined;
}

/**
 * The head of the noun phrase from `at` (its last noun within a few words of Han text): concrete,
 * vague or abstract (长效机制, 时期, 发展环境), or none when no noun stands there.
 */
function headAfter(tokens: readonly Token[], at: number, heads: ReadonlySet<string>): 'concrete' | 'vague' | 'none' {
  let head: Token | undefined;
  for (let i = at; i < Math.min(tokens.length, at + PHRASE_WORDS); i++) {
    const t = tokens[i]!;
    if (!CJK.test(t.word) || t.word === '的' || (i > at && t.start !== tokens[i - 1]!.end)) break;
    if (NOUN.test(t.tag)) head = t;
  }
  if (head === undefined) return 'none';
  for (const word of heads) if (head.word.endsWith(word)) return 'vague';
  return 'concrete';
}

/** Whether the clause ends within `length` characters after `offset`. */
function phraseEndsWithin(text: string, offset: number, length: number): boolean {
  for (let i = offset; i <= offset + length; i++) if (i >= text.length || !CJK.test(text[i]!)) return true;
  return false;
}

function hasPrefixComparator(text: string, c: MetricCandidate, lex: MetricLexicon): boolean {
  const before = text.slice(Math.max(0, c.start - 6), c.start);
  return lex.before.some((b) => before.endsWith(b.word));
}
