import type { Block, DocContext, DraftOf } from '../types.js';
import type { Org } from '../../schema/index.js';
import { orgLexicon, type OrgLexicon } from './org-lexicon.js';
import { tokensOf, type Token } from './tokens-of.js';
import { isGeneric } from './split-org-list.js';
import { acceptHead } from './accept-head.js';
import { isPlace } from './is-place.js';

/** Rules whose matches end an org name; the mechanism finds where the name begins. */
const SUFFIX_RULES = ['org/known', 'org/dept-abbrev', 'org/gov-suffix', 'org/school-suffix', 'org/other-suffix'] as const;
/** Words that never belong to a name: numbers, verbs, prepositions, particles, adverbs, pronouns, classifiers, adjectives. */
const HARD_TAG = /^(?:w|m|v|vd|p|c|u.*|d|r.*|q|ad|y|e|o|a|z|i)$/u;
const ORDINAL = /^第[一二三四五六七八九十百0-9]+$/u;
const MAX_NAME = 24;

type Hit = { rule: string; start: number; end: number; type: Org['type'] };

/**
 * Organisation mentions in one block. A suffix rule finds where a name ends (…教育局,
 * …中学, …集团) on a jieba word boundary; the name then runs left over the words before it
 * until a verb, a function word or punctuation (完成瓮安二小, 对接县财政). acceptHead decides
 * whether the result is a specific name or a generic kind (农村薄弱学校, 各级各类学校).
 * One jieba call per block, and only for blocks with a suffix in them.
 */
export function findMentions(block: Block, doc: DocContext, skip: (start: number, end: number) => boolean): DraftOf<'org'>[] {
  const lex = orgLexicon(doc.grammars);
  const text = doc.text.slice(block.start, block.end);
  const hits: Hit[] = [];
  for (const id of SUFFIX_RULES) {
    const rule = doc.grammars.rule(id);
    for (const m of text.matchAll(new RegExp(rule.regex.source, rule.regex.flags))) {
      hits.push({ rule: id, start: block.start + m.index, end: block.start + m.index + m[0].length, type: (rule.data?.type as Org['type']) ?? 'gov' });
    }
  }
  if (hits.length === 0) return [];
  const tokens = tokensOf(doc, block.start, block.end);
  const endsAt = new Map<number, number>();
  const startsAt = new Map<number, number>();
  tokens.forEach((t, i) => (endsAt.set(t.end, i), startsAt.set(t.start, i)));

  const found: DraftOf<'org'>[] = [];
  for (const hit of hits) {
    const last = endsAt.get(hit.end);
    if (last === undefined) continue; // the suffix runs into the next word (一小学生, 中心工作)
    const first = firstToken(tokens, last, hit, startsAt, lex);
    if (first === undefined) continue;
    const start = tokens[first]!.start < hit.start || hit.rule !== 'org/dept-abbrev' ? tokens[first]!.start : hit.start;
    if (hit.end - start > MAX_NAME) continue;
    const name = doc.text.slice(start, hit.end);
    if (isGeneric(name, lex.generic, lex.genericHead) || skip(start, hit.end)) continue;
    if (!acceptHead(name, tokens.slice(first, last + 1), hit, lex)) continue;
    found.push({ entity: 'org', start, end: hit.end, sectionId: block.sectionId, rule: hit.rule, name: doc.original.slice(start, hit.end), type: hit.type, role: 'mention' });
  }
  return longestFirst(found);
}

/**
 * The first word of the name that ends with word `last`, or undefined when it cannot begin
 * anywhere sensible. Kind words at the far left (民办, 农村) are not part of a name.
 */
function firstToken(tokens: Token[], last: number, hit: Hit, startsAt: Map<number, number>, lex: OrgLexicon): number | undefined {
  const own = tokens[last]!;
  if (hit.rule === 'org/known' || hit.rule === 'org/dept-abbrev') {
    // Whole words: they must start on a word boundary too (县委, not 县委员), and take a
    // place before them (桐庐县委, 官渡镇人大).
    let first = startsAt.get(hit.start);
    if (first === undefined || hit.rule === 'org/dept-abbrev') return first;
    while (first > 0 && last - first < 3 && (isPlace(tokens[first - 1]!, lex) || /^n[rsz]/u.test(tokens[first - 1]!.tag)) && !lex.stop.has(tokens[first - 1]!.word)) first--;
    return first;
  }
  // jieba already says 县财政局 is one organisation word starting at its level: nothing to add.
  // (广州 + 市教育局 still joins: the word before is a place.)
  if (own.tag === 'nt' && /^(?:中共)?[省市县区州]/u.test(own.word) && !(last > 0 && isPlace(tokens[last - 1]!, lex))) return last;
  let i = last;
  while (i > 0 && isSoft(tokens[i - 1]!, lex) && own.end - tokens[i - 1]!.start <= MAX_NAME) i--;
  while (i < last && lex.kind.has(tokens[i]!.word) && !isPlace(tokens[i]!, lex)) i++;
  return i;
}

function isSoft(t: Token, lex: OrgLexicon): boolean {
  if (lex.stop.has(t.word) || /[^\p{Script=Han}]/u.test(t.word)) return false;
  if (ORDINAL.test(t.word)) return true;
  if (lex.known.test(t.word)) return false; // 县委县政府: a whole org before ends the name
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
