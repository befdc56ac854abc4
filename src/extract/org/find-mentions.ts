import type { Block, DocContext, DraftOf } from '../types.js';
import type { Org } from '../../schema/index.js';
import { orgLexicon, type OrgLexicon } from './org-lexicon.js';
import { tokensOf, type Token } from './tokens-of.js';
import { isGeneric } from './split-org-list.js';
import { acceptHead } from './accept-head.js';

/** Rules whose matches end an org name; the mechanism finds where the name begins. */
const SUFFIX_RULES = ['org/known', 'org/dept-abbrev', 'org/gov-suffix', 'org/school-suffix', 'org/other-suffix'] as const;
/** Words that never belong to a name: punctuation, numbers, verbs, prepositions, particles, adverbs, pronouns, classifiers. */
const HARD_TAG = /^(?:w|m|v|vd|p|c|u.*|d|r.*|q|ad|y|e|o|a|z|i)$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
const MAX_NAME = 24;

/**
 * Organisation mentions in one block. A suffix rule finds where a name ends (…教育局,
 * …中学, …集团) on a jieba word boundary; the name then runs left over the words before it
 * until a verb, a function word or punctuation, and starts at its leftmost place word
 * (瓮安, 广州市, 县) when it has one. acceptHead decides whether the result is a specific
 * name or a generic kind (农村薄弱学校, 各级各类学校).
 */
export function findMentions(block: Block, doc: DocContext, skip: (start: number, end: number) => boolean): DraftOf<'org'>[] {
  const lex = orgLexicon(doc.grammars);
  const text = doc.text.slice(block.start, block.end);
  const hits: Array<{ rule: string; start: number; end: number; type: Org['type'] }> = [];
  for (const id of SUFFIX_RULES) {
    const rule = doc.grammars.rule(id);
    for (const m of text.matchAll(new RegExp(rule.regex.source, rule.regex.flags))) {
      hits.push({ rule: id, start: block.start + m.index, end: block.start + m.index + m[0].length, type: (rule.data?.type as Org['type']) ?? 'gov' });
    }
  }
  if (hits.length === 0) return [];
  const tokens = tokensOf(doc, block.start, block.end);
  const tokenAt = new Map<number, number>(); // end offset → token index
  tokens.forEach((t, i) => tokenAt.set(t.end, i));

  const found: DraftOf<'org'>[] = [];
  for (const hit of hits) {
    const last = tokenAt.get(hit.end);
    if (last === undefined) continue; // the suffix runs into the next word (一小学生, 中心工作)
    const start = nameStart(tokens, last, hit, lex);
    if (start === undefined || hit.end - start > MAX_NAME) continue;
    const name = doc.text.slice(start, hit.end);
    if (isGeneric(name, lex.generic, lex.genericHead) || skip(start, hit.end)) continue;
    const head = tokens.filter((t) => t.start >= start && t.end <= hit.end);
    if (!acceptHead(name, head, hit, lex)) continue;
    found.push({ entity: 'org', start, end: hit.end, sectionId: block.sectionId, rule: hit.rule, name: doc.original.slice(start, hit.end), type: hit.type, role: 'mention' });
  }
  return longestFirst(found);
}

/**
 * Where the name that ends with token `last` begins, or undefined when it cannot begin
 * anywhere sensible. Kind words at the far left (民办, 农村) are not part of a name.
 */
function nameStart(tokens: Token[], last: number, hit: { rule: string; start: number }, lex: OrgLexicon): number | undefined {
  const own = tokens[last]!;
  if (hit.rule === 'org/known' || hit.rule === 'org/dept-abbrev') {
    // Whole words: they must start on a word boundary too (县委, not 县委员), and take a
    // place before them (桐庐县委, 官渡镇人大).
    let first = tokens.findIndex((t) => t.start === hit.start);
    if (first < 0) return undefined;
    if (hit.rule === 'org/dept-abbrev') return hit.start;
    while (first > 0 && last - first < 3 && (isPlace(tokens[first - 1]!, lex) || /^n[rsz]/u.test(tokens[first - 1]!.tag)) && !lex.stop.has(tokens[first - 1]!.word)) first--;
    return tokens[first]!.start;
  }
  // jieba already says 县财政局 is one organisation word starting at its level: nothing to add.
  if (own.tag === 'nt' && /^(?:中共)?[省市县区州]/u.test(own.word)) return own.start;
  let i = last;
  while (i > 0 && isSoft(tokens[i - 1]!, lex) && own.end - tokens[i - 1]!.start <= MAX_NAME) i--;
  while (i < last && lex.kind.has(tokens[i]!.word) && !isPlace(tokens[i]!, lex)) i++;
  return tokens[i]!.start;
}

function isSoft(t: Token, lex: OrgLexicon): boolean {
  if (lex.stop.has(t.word) || /[^\p{Script=Han}]/u.test(t.word)) return false;
  if (ORDINAL.test(t.word)) return true;
  if (lex.known.test(t.word)) return false; // 县委县政府: a whole org before ends the name
  return !HARD_TAG.test(t.tag) || isPlace(t, lex);
}

/** A place word starts a name: 瓮安 (ns), 广州市, 官渡镇, a bare level character 县/市, or 中共. */
export function isPlace(t: Token, lex: OrgLexicon): boolean {
  if (lex.stop.has(t.word) || lex.genericHead.has(t.word) || lex.generic.has(t.word) || lex.kind.has(t.word)) return false;
  if (t.word === '中共' || /^[省市县区州镇乡]$/u.test(t.word)) return true;
  if (t.tag === 'ns' && t.word.length >= 2) return true;
  // 瓮安县, 官渡镇; two-character words ending so are mostly not places (社区, 城区, 全县).
  return /^\p{Script=Han}{2,6}[省市县区州镇乡]$/u.test(t.word) && !lex.kind.has(t.word) && t.tag !== 'v';
}

/** Keep the longest of overlapping names (大邑中学沙渠分校 over 大邑中学); one entity per name. */
function longestFirst(found: DraftOf<'org'>[]): DraftOf<'org'>[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DraftOf<'org'>[] = [];
  for (const d of sorted) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}
