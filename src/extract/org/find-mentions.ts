import type { Block, DocContext, DraftOf, WordNeeds } from '../types.js';
import { perBlock } from '../per-block.js';
import type { Org } from '../../schema/index.js';
import { orgLexicon, type OrgLexicon } from './org-lexicon.js';
import { wordsAround, type Word } from '../block-tokens.js';
import { isGeneric } from './split-org-list.js';
import { acceptHead } from './accept-head.js';
import { isLevelBody, isPlace } from './is-place.js';
import { MAX_NAME, nameStart, scopeStart, type NameKind } from './name-start.js';
import { docAliases } from './doc-aliases.js';
import { splitGlued } from './split-glued.js';
import { execAll } from '../../grammar/exec-all.js';
import { firstIndex } from '../../util/sorted-search.js';

/** Rules whose matches end an org name; the mechanism finds where the name begins. */
const SUFFIX_RULES = ['org/known', 'org/dept-abbrev', 'org/gov-suffix', 'org/school-suffix', 'org/other-suffix'] as const;
/** 各县(市、区)教育局, 有关区教育局: a quantifier just before the name makes it a generic plural. */
const GENERIC_BEFORE = /(?:各|有关|相关)\p{Script=Han}{0,4}$/u;
/** 各乡镇人民政府（街道办事处）: the second name of a generic plural is generic too. */
const GENERIC_ALIAS = /(?:各|有关|相关)\p{Script=Han}{0,8}[(]$/u;
/** 各乡镇人民政府、街道办事处: a list that opens with 各, with no level in the items between it and the name. */
const GENERIC_LIST = /(?:^|[^\p{Script=Han}、()])(?:各|有关|相关)[^,;:。()\n、]*、[^,;:。()\n省市县区州]*$/u;

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
  const aliases = docAliases(doc);
  const found: Array<DraftOf<'org'> & { drop: boolean; suffix: number }> = [];
  for (const hit of hits) {
    const tokens = splitGlued(wordsAround(doc, block, hit.start, hit.end), lex);
    const last = wordAt(tokens, hit.end, 'end');
    if (last < 0) continue; // the suffix runs into the next word (一小学生, 中心工作)
    const defined = aliases.definitions.some(([s]) => s === hit.end);
    const kind = defined ? 'defined' : hit.type === 'other' && lex.company.test(doc.text.slice(hit.start, hit.end)) ? 'company' : hit.type === 'gov' ? 'gov' : 'other';
    const first = firstToken(tokens, last, hit, lex, kind);
    if (first === undefined) continue;
    const start = tokens[first]!.start < hit.start || hit.rule !== 'org/dept-abbrev' ? tokens[first]!.start : hit.start;
    if (hit.end - start > MAX_NAME) continue;
    const name = doc.text.slice(start, hit.end);
    if (isGeneric(name, lex.generic, lex.genericHead) || skip(start, hit.end)) continue;
    const before = tokens[first - 1];
    const lead = doc.text.slice(Math.max(block.start, start - 12), start);
    if (GENERIC_BEFORE.test(lead.replace(/[(][^()]{0,10}[)]/gu, '')) || GENERIC_ALIAS.test(lead)) continue;
    // 各乡镇人民政府、街道办事处: 各 reaches over the list, to every name without a level or place of its own.
    const list = doc.text.slice(Math.max(block.start, start - 40), start);
    if (list.endsWith('、') && /各|有关|相关/u.test(list) && GENERIC_LIST.test(list) && !tokens.slice(first, last + 1).some((t) => isPlace(t, lex) || /^(?:中共)?[省市县区州镇乡](?!场)/u.test(t.word))) continue;
    const glued = before !== undefined && /\p{Script=Han}$/u.test(before.word) && !lex.stop.has(before.word);
    if (!(defined && name.length > hit.end - hit.start) && !acceptHead(name, tokens.slice(first, last + 1), hit, glued, lex)) continue;
    // 中石化森美(福建)石油有限公司福州平潭上楼加油站: a company's unit is a company.
    const type = hit.type === 'gov' && lex.companyInside.test(name) ? 'other' : hit.type;
    // 省政府各部门 (a generic plural of its units), 市委十三届二次全会 (a meeting), 中国政府网 (a platform):
    // dropped after the longest name is chosen, so that a shorter name inside it does not come back.
    const drop = lex.notAfter.test(doc.text.slice(hit.end, Math.min(block.end, hit.end + 12)));
    found.push({ entity: 'org', start, end: hit.end, sectionId: block.sectionId, rule: hit.rule, name: doc.original.slice(start, hit.end), type, role: 'mention', drop, suffix: hit.end - hit.start });
  }
  return longestFirst(found)
    .filter((c) => !c.drop)
    .map((c): DraftOf<'org'> => ({ entity: 'org', start: c.start, end: c.end, sectionId: c.sectionId, rule: c.rule, name: c.name, type: c.type, role: c.role }));
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
  // The short names the document defines (协调处, 安劳支队) are whole names wherever they stand.
  for (const [alias, type] of docAliases(doc).names) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
      hits.push({ rule: 'org/alias', start: block.start + at, end: block.start + at + alias.length, type });
    }
  }
  return hits;
});

/** Index of the word that starts (or ends) exactly at `offset`, or -1 when no word does. */
function wordAt(tokens: readonly Word[], offset: number, edge: 'start' | 'end'): number {
  const at = firstIndex(tokens.length, (i) => tokens[i]![edge] >= offset);
  return tokens[at]?.[edge] === offset ? at : -1;
}

/**
 * The first word of the name that ends with word `last`, or undefined when it cannot begin
 * anywhere sensible.
 */
function firstToken(tokens: readonly Word[], last: number, hit: Hit, lex: OrgLexicon, kind: NameKind): number | undefined {
  const own = tokens[last]!;
  if (hit.rule === 'org/alias') return wordAt(tokens, hit.start, 'start') >= 0 ? wordAt(tokens, hit.start, 'start') : undefined;
  if (hit.rule === 'org/known' || hit.rule === 'org/dept-abbrev') {
    // Whole words: they must start on a word boundary too (县委, not 县委员), and take a
    // place before them (桐庐县委, 官渡镇人大). jieba may glue a level to the word (区安办).
    let first = wordAt(tokens, hit.start, 'start');
    if (first < 0) first = last > 0 || own.start < hit.start ? levelGlued(tokens, hit, lex) : -1;
    if (first < 0) return undefined;
    if (hit.rule === 'org/dept-abbrev') return first;
    while (first > 0 && last - first < 3 && (isPlace(tokens[first - 1]!, lex) || /^n[sz]/u.test(tokens[first - 1]!.tag)) && !lex.stop.has(tokens[first - 1]!.word)) first--;
    // 市委 | 编办: a party or government body heads an office of its own (not 县委 | 县政府).
    if (first > 0 && isLevelBody(tokens[first - 1]!) && !/^(?:中共)?[省市县区州]/u.test(tokens[first]!.word) && !isLevelBody(tokens[first]!)) first--;
    return scopeStart(tokens, first, last, lex);
  }
  // jieba already says 县财政局 (or the abbreviation 省工商局) is one organisation word starting at
  // its level: nothing to add, whatever it is glued to (监管 | 省工商局). (广州 + 市教育局 still
  // joins: the word before is a place; 市场监管局 does not start at a level.)
  if (/^(?:nt|j)$/u.test(own.tag) && /^(?:中共)?[省市县区州](?!场)/u.test(own.word) && !(last > 0 && isPlace(tokens[last - 1]!, lex))) return last;
  return nameStart(tokens, last, kind, lex);
}

/** 区安办 guessed as one word (tag x): the known word after a level that jieba glued to it. */
function levelGlued(tokens: readonly Word[], hit: Hit, lex: OrgLexicon): number {
  const at = firstIndex(tokens.length, (i) => tokens[i]!.end > hit.start);
  const t = tokens[at];
  if (!t || t.end !== hit.end || t.tag !== 'x') return -1;
  const head = t.word.slice(0, hit.start - t.start);
  return /^(?:中共)?[省市县区州镇乡]$/u.test(head) && !lex.stop.has(head) ? at : -1;
}

/**
 * Keep the longest of overlapping names (大邑中学沙渠分校 over 大邑中学), in one sweep; of two
 * readings of one name, the one with the longer suffix (美国宝尔博物馆: 博物馆, not 馆).
 */
function longestFirst<T extends { start: number; end: number; suffix: number }>(found: T[]): T[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end || b.suffix - a.suffix);
  const kept: T[] = [];
  for (const d of sorted) {
    const prev = kept[kept.length - 1];
    if (!prev || d.start >= prev.end) kept.push(d);
    else if (d.end - d.start > prev.end - prev.start) kept[kept.length - 1] = d;
  }
  return kept;
}
