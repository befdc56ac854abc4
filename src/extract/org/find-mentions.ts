import type { Block, DocContext, DraftOf, WordNeeds } from '../types.js';
import { perBlock } from '../per-block.js';
import type { Org } from '../../schema/index.js';
import { orgLexicon, type OrgLexicon } from './org-lexicon.js';
import { wordsAround, type Token } from '../block-tokens.js';
import { isGeneric } from './split-org-list.js';
import { acceptHead } from './accept-head.js';
import { isLevelBody, isPlace } from './is-place.js';
import { execAll } from '../../grammar/exec-all.js';
import { firstIndex } from '../../util/sorted-search.js';

/** Rules whose matches end an org name; the mechanism finds where the name begins. */
const SUFFIX_RULES = ['org/known', 'org/dept-abbrev', 'org/gov-suffix', 'org/school-suffix', 'org/other-suffix'] as const;
/** Words that never belong to a name: numbers, verbs, prepositions, particles, adverbs, pronouns, classifiers, adjectives. */
const HARD_TAG = /^(?:w|m|v|vd|p|c|u.*|d|r.*|q|ad|y|e|o|a|z|i)$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
const MAX_NAME = 24;
/** 各县(市、区)教育局, 有关区教育局: a quantifier just before the name makes it a generic plural. */
const GENERIC_BEFORE = /(?:各|有关|相关)\p{Script=Han}{0,4}$/u;

type Hit = { rule: string; start: number; end: number; type: Org['type'] };

/**
 * Organisation mentions in one block. A suffix rule finds where a name ends (…教育局,
 * …中学, …集团) on a jieba word boundary; the name then runs left over the words before it
 * until a verb, a function word or punctuation (完成瓮安二小, 对接县财政). acceptHead decides
 * whether the result is a specific name or a generic kind (农村薄弱学校, 各级各类学校).
 * jieba cuts only the clauses with a suffix in them.
 */
export function findMentions(block: Block, doc: DocContext, skip: (start: number, end: number) => boolean): DraftOf<'org'>[] {
  const hits = suffixHits(block, doc);
  if (hits.length === 0) return [];
  const lex = orgLexicon(doc.grammars);

  const found: DraftOf<'org'>[] = [];
  for (const hit of hits) {
    const tokens = wordsAround(doc, block, hit.start, hit.end);
    const last = wordAt(tokens, hit.end, 'end');
    if (last < 0) continue; // the suffix runs into the next word (一小学生, 中心工作)
    const first = firstToken(tokens, last, hit, (offset) => wordAt(tokens, offset, 'start'), lex);
    if (first === undefined) continue;
    const start = tokens[first]!.start < hit.start || hit.rule !== 'org/dept-abbrev' ? tokens[first]!.start : hit.start;
    if (hit.end - start > MAX_NAME) continue;
    const name = doc.text.slice(start, hit.end);
    if (isGeneric(name, lex.generic, lex.genericHead) || skip(start, hit.end)) continue;
    const before = tokens[first - 1];
    if (GENERIC_BEFORE.test(doc.text.slice(Math.max(block.start, start - 12), start).replace(/[(][^()]{0,10}[)]/gu, ''))) continue;
    const glued = before !== undefined && /\p{Script=Han}$/u.test(before.word) && !lex.stop.has(before.word);
    if (!acceptHead(name, tokens.slice(first, last + 1), hit, glued, lex)) continue;
    found.push({ entity: 'org', start, end: hit.end, sectionId: block.sectionId, rule: hit.rule, name: doc.original.slice(start, hit.end), type: hit.type, role: 'mention' });
  }
  return longestFirst(found);
}

/** Where names may end in a block, for cutting their clauses ahead (see prepareWords). */
export const mentionNeeds: WordNeeds = (block, doc) => suffixHits(block, doc);

/** Matches of the suffix rules: where a name may end. */
const suffixHits = perBlock((block, doc): Hit[] => {
  const text = doc.text.slice(block.start, block.end);
  const hits: Hit[] = [];
  for (const id of SUFFIX_RULES) {
    const rule = doc.grammars.rule(id);
    for (const m of execAll(rule.regex, text)) {
      hits.push({ rule: id, start: block.start + m.index, end: block.start + m.index + m[0].length, type: (rule.data?.type as Org['type']) ?? 'gov' });
    }
  }
  return hits;
});

/** Index of the word that starts (or ends) exactly at `offset`, or -1 when no word does. */
function wordAt(tokens: readonly Token[], offset: number, edge: 'start' | 'end'): number {
  const at = firstIndex(tokens.length, (i) => tokens[i]![edge] >= offset);
  return tokens[at]?.[edge] === offset ? at : -1;
}

/**
 * The first word of the name that ends with word `last`, or undefined when it cannot begin
 * anywhere sensible. Kind words at the far left (民办, 农村) are not part of a name.
 */
function firstToken(tokens: Token[], last: number, hit: Hit, startsAt: (offset: number) => number, lex: OrgLexicon): number | undefined {
  const own = tokens[last]!;
  if (hit.rule === 'org/known' || hit.rule === 'org/dept-abbrev') {
    // Whole words: they must start on a word boundary too (县委, not 县委员), and take a
    // place before them (桐庐县委, 官渡镇人大).
    let first = startsAt(hit.start);
    if (first < 0) return undefined;
    if (hit.rule === 'org/dept-abbrev') return first;
    while (first > 0 && last - first < 3 && (isPlace(tokens[first - 1]!, lex) || /^n[rsz]/u.test(tokens[first - 1]!.tag)) && !lex.stop.has(tokens[first - 1]!.word)) first--;
    return first;
  }
  // jieba already says 县财政局 is one organisation word starting at its level: nothing to add.
  // (广州 + 市教育局 still joins: the word before is a place.)
  if (own.tag === 'nt' && /^(?:中共)?[省市县区州]/u.test(own.word) && !(last > 0 && isPlace(tokens[last - 1]!, lex))) return last;
  let i = last;
  while (i > 0 && isSoft(tokens[i - 1]!, tokens[i]!, lex) && own.end - tokens[i - 1]!.start <= MAX_NAME) i--;
  while (i < last && lex.kind.has(tokens[i]!.word) && !isPlace(tokens[i]!, lex)) i++;
  return i;
}

/** Can word `t` belong to the name that continues with word `next`? */
function isSoft(t: Token, next: Token, lex: OrgLexicon): boolean {
  if (lex.stop.has(t.word) || /[^\p{Script=Han}]/u.test(t.word)) return false;
  if (ORDINAL.test(t.word)) return true;
  // 县委巡察办 is one name, 县委县政府 two: a whole org joins only a word that is not one itself.
  if (lex.known.test(t.word)) return isLevelBody(t) && !lex.known.test(next.word) && !isLevelBody(next);
  return !HARD_TAG.test(t.tag) || isPlace(t, lex);
}

/** Keep the longest of overlapping names (大邑中学沙渠分校 over 大邑中学), in one sweep. */
function longestFirst(found: DraftOf<'org'>[]): DraftOf<'org'>[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DraftOf<'org'>[] = [];
  for (const d of sorted) {
    const prev = kept[kept.length - 1];
    if (!prev || d.start >= prev.end) kept.push(d);
    else if (d.end - d.start > prev.end - prev.start) kept[kept.length - 1] = d;
  }
  return kept;
}
