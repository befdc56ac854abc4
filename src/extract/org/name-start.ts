import type { Word } from '../block-tokens.js';
import type { OrgLexicon } from './org-lexicon.js';
import { isLevelBody, isPlace } from './is-place.js';

/** Words that never belong to a name: numbers, verbs, prepositions, particles, adverbs, pronouns, classifiers, adjectives. */
const HARD_TAG = /^(?:w|m|v|vd|p|c|u.*|d|r.*|q|ad|y|e|o|a|z|i)$/u;
/** Words a company's name never holds: numbers, classifiers, prepositions, conjunctions, particles, pronouns (对1家批发公司). */
const NOT_IN_COMPANY = /^(?:w|m|q|p|c|u.*|r.*|y|e|o)$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
/** A bare level: the scope prefix of a name (省 | 发改委, 区 | 行政 | 审批局). */
const LEVEL = /^[省市县区州]$/u;
/** A word that starts at a level of its own (县财政局, 市委, 省发改委). */
const LEVEL_WORD = /^(?:中共)?[省市县区州]/u;
const PLACEHOLDER = /^[xX×]{1,3}$/u;
export const MAX_NAME = 24;
/** How a name walks: a company's, a name the document defines a short name for, any other government or other body's. */
export type NameKind = 'company' | 'defined' | 'gov' | 'other';

/**
 * The first word of a name that ends with word `last`, walking left over the words that may
 * belong to it. `company`: a company's name (…有限公司, …集团) is a string of trade and place
 * words, so it walks over any Han word but stop words (平潭港务发展有限公司). Any other name walks
 * over nouns and places; a verb inside it (审批, 开发) is crossed only to reach the level or place
 * that opens the name (区行政审批局, 澳前片区开发管理局), and 与/和 only inside one department
 * that a place opens (区交通与建设局). The scope prefix starts the name: what comes before a bare
 * level and is not a place is the word the name is glued to (工作 | 省发改委, 力度 | 省环保厅).
 */
export function nameStart(tokens: readonly Word[], last: number, kind: NameKind, lex: OrgLexicon): number {
  if (kind === 'company' || kind === 'defined') {
    const first = walk(tokens, last, last, kind, lex);
    return kind === 'company' ? first : scopeStart(tokens, first, last, lex);
  }
  const i = walk(tokens, last, last, kind, lex);
  // A unit of a company (…石油有限公司福州平潭上楼加油站): left of the company word, its name is a company's.
  for (let k = i; k < last; k++) if (lex.company.test(tokens[k]!.word)) return walk(tokens, i, last, 'company', lex);
  return scopeStart(tokens, kind === 'gov' ? reachPlace(tokens, i, last, lex) : i, last, lex);
}

/** Walks left from word `from` while the words may belong to the name that ends with word `last`. */
function walk(tokens: readonly Word[], from: number, last: number, kind: NameKind, lex: OrgLexicon): number {
  const end = tokens[last]!.end;
  let i = from;
  while (i > 0 && end - tokens[i - 1]!.start <= MAX_NAME) {
    const t = tokens[i - 1]!;
    const next = tokens[i]!;
    const soft = kind === 'company' ? inCompany(t, next, lex) : kind === 'defined' ? inDefined(tokens, i - 1, last, lex) : isSoft(t, next, lex);
    if (!soft) break;
    i--;
  }
  return i;
}

/**
 * A name the document gives a short name to (安全生产协调处（以下简称协调处）) runs back over any
 * content word to punctuation or a function word, and over 与 between portfolios (a joiner after a place ends it).
 */
function inDefined(tokens: readonly Word[], k: number, last: number, lex: OrgLexicon): boolean {
  const t = tokens[k]!;
  if (lex.portfolioJoiner.has(t.word)) {
    for (let j = k + 1; j <= last; j++) if (isPlace(tokens[j]!, lex)) return false;
    return true;
  }
  return /^\p{Script=Han}+$/u.test(t.word) && !NOT_IN_COMPANY.test(t.tag);
}

/** The scope prefix starts the name (工作 | 省发改委); kind words at the far left are not part of it (民办 | 幼儿园). */
export function scopeStart(tokens: readonly Word[], first: number, last: number, lex: OrgLexicon): number {
  let i = first;
  for (let k = last - 1; k > i; k--) {
    if (!LEVEL.test(tokens[k]!.word)) continue;
    for (let j = i; j < k; j++) if (!isPlace(tokens[j]!, lex)) i = k;
    break;
  }
  while (i < last && lex.kind.has(tokens[i]!.word) && !isPlace(tokens[i]!, lex)) i++;
  return i;
}

/** Can word `t` belong to the name that continues with word `next`? */
function isSoft(t: Word, next: Word, lex: OrgLexicon): boolean {
  // An anonymised place opens a template's name (xx市生态环境局).
  if (PLACEHOLDER.test(t.word)) return LEVEL_WORD.test(next.word);
  if (lex.stop.has(t.word) || /[^\p{Script=Han}]/u.test(t.word)) return false;
  if (ORDINAL.test(t.word)) return true;
  // A whole org heads a longer name where the rest does not open a name of its own:
  // 县委巡察办, 县委网信办, 省政府新闻办, 国家税务总局平潭综合实验区税务局 — but 县委县政府, 党中央国务院,
  // 省工商局省审改办 are two.
  if (isLevelBody(t)) return !LEVEL.test(next.word) && !isLevelBody(next) && !(LEVEL_WORD.test(next.word) && lex.ending.test(next.word));
  if (isOrgWord(t, lex)) return !opensName(next, lex);
  return !HARD_TAG.test(t.tag) || isPlace(t, lex);
}

/** A company's name: any Han word but stop words (trade words such as 建设 do not stop it); a whole company only before a place or a company word (…有限公司福建福州平潭石油分公司, …集团有限公司). */
function inCompany(t: Word, next: Word, lex: OrgLexicon): boolean {
  if (/[^\p{Script=Han}]/u.test(t.word) || NOT_IN_COMPANY.test(t.tag)) return false;
  if (lex.stop.has(t.word) && !lex.trade.has(t.word)) return false;
  if (lex.company.test(t.word)) return (isPlace(next, lex) && !LEVEL.test(next.word)) || lex.company.test(next.word);
  return true;
}

/**
 * 区 | 行政 | 审批 | 局, 澳前 | 片区 | 开发 | 管理局, 区交通 | 与 | 建设局, 平潭 | 综合 | 实验区 | 安全 | 生产 | 与 |
 * 劳动 | 保障 | 执法 | 支队: where the walk stopped at a verb or a joiner, the name still runs on to a level
 * or a named place a few words to the left, over nouns and verbs but no stop word, and over a
 * joiner only between two portfolios (the word before it a noun, not an org).
 */
function reachPlace(tokens: readonly Word[], i: number, last: number, lex: OrgLexicon): number {
  const stopped = tokens[i - 1];
  if (!stopped || (lex.stop.has(stopped.word) && !lex.portfolioJoiner.has(stopped.word))) return i;
  if (!(lex.portfolioJoiner.has(stopped.word) || /^v/u.test(stopped.tag))) return i;
  // The joiner must not follow a place: 吉安市委老干部局 | 和 | 吉安市浦发银行 are two.
  for (let k = i; k <= last; k++) if (isPlace(tokens[k]!, lex) || isLevelBody(tokens[k]!)) return i;
  const end = tokens[last]!.end;
  for (let k = i - 1; k >= Math.max(0, i - 9) && end - tokens[k]!.start <= MAX_NAME; k--) {
    const t = tokens[k]!;
    if (k < i - 1 && isPlace(t, lex)) return walk(tokens, k, last, 'gov', lex);
    if (lex.portfolioJoiner.has(t.word)) {
      const before = tokens[k - 1];
      if (!before || lex.stop.has(before.word) || isOrgWord(before, lex) || !/^(?:n|nz|vn|l|j)$/u.test(before.tag)) return i;
      continue;
    }
    if (lex.stop.has(t.word) || isOrgWord(t, lex) || !/^\p{Script=Han}{2,4}$/u.test(t.word) || !/^(?:v|vn|n|an|l|nz|j|b)$/u.test(t.tag)) return i;
  }
  return i;
}

/** A word that is an organisation by itself (县委, 国家税务总局, 发改委). */
export function isOrgWord(t: Word, lex: OrgLexicon): boolean {
  return lex.known.test(t.word) || (t.word.length >= 3 && (t.tag === 'nt' || t.tag === 'j') && lex.ending.test(t.word));
}

/** The next word opens a name of its own: a level (省, 县政府, 省公安厅) or a known whole org (国务院). */
function opensName(next: Word, lex: OrgLexicon): boolean {
  return LEVEL.test(next.word) || isLevelBody(next) || (LEVEL_WORD.test(next.word) && lex.ending.test(next.word)) || lex.known.test(next.word);
}
