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
    if (!NOUN.test(next.tag)) return 'indefinite 一 (一个比较大的提高, 一项重要内容)';
    if (vagueHead(tokens, at, lex.vagueHeads)) return 'indefinite 一 before a vague or abstract head (今后一个时期, 建立一个长效机制)';
  }
  // Only where the verb ends the phrase: in 三个打造成美丽乡村示范村 the count is the subject.
  if ((c.readUnit === '个' || c.readUnit === '项') && NOT_A_THING.test(next.tag) && phraseEndsWithin(text, c.end, SLOGAN_HEAD)) return 'a slogan (三个探索, 三个全覆盖)';
  return undefined;
}

/** Whether the noun phrase from `at` (a few words) ends in a vague or abstract noun (长效机制, 时期). */
function vagueHead(tokens: readonly Token[], at: number, heads: ReadonlySet<string>): boolean {
  let last = tokens[at]!;
  for (let i = at + 1; i < Math.min(tokens.length, at + 4) && NOUN.test(tokens[i]!.tag) && tokens[i]!.start === last.end; i++) last = tokens[i]!;
  for (const head of heads) if (last.word.endsWith(head)) return true;
  return false;
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
