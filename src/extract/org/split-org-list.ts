import type { Grammars } from '../../grammar/compile.js';
import type { Org } from '../../schema/index.js';
import { orgLexicon } from './org-lexicon.js';
import { orgTypeOf } from './org-type-of.js';

/** An org of a list; `index` counts the list's items, generic ones too (the first item listed leads an unmarked list). */
export type ListedOrg = { name: string; start: number; end: number; type: Org['type']; index: number; marked?: 'lead' | 'support' };

/**
 * Separators between orgs in an owner list: 、 , / and runs of spaces; 和/及/与 only right after an
 * org suffix; and the end of an aside before the next name (安基处（380日）危化处（10日）).
 */
const SEPARATOR = /[、,，/／]|[ \t]+|(?<=[局委办室科股厅部处站所队])(?:和|及|与)|(?<=[)])(?=[\p{Script=Han}(0-9])/gu;
const NAME = /^[\p{Script=Han}A-Za-z0-9()·]{2,24}$/u;
/** 县教育局(牵头): a role marker inside a list. */
const MARKER = /[(](牵头|主责|配合|协办)[)]$/u;
/** 县教育局等部门, 县财政局等单位: the tail is not part of the name. */
const TAIL = /等(?:有关|相关)?(?:部门|单位)?$|[。.;:]+$/u;
/** 危化处（60日）: an aside after a name that is not a second name of it. */
const ASIDE = /[(]([^()]*)[)]$/u;

/**
 * The orgs of one owner list (县财政局、县人社局), each with offsets absolute in the text.
 * An item must end like an org (…局, …科, …中心, 县公安, 组干科); generic plurals
 * (各区政府, 有关部门, 各乡镇) are skipped, and so are cells that only share the list's line
 * (完成时限). A second name in brackets stays with the name (省编办（省审改办）); any other
 * aside is left out (危化处（60日）).
 */
export function splitOrgList(text: string, start: number, end: number, grammars: Grammars): ListedOrg[] {
  const lex = orgLexicon(grammars);
  const list = text.slice(start, end);
  const out: ListedOrg[] = [];
  let from = 0;
  let index = 0;
  const take = (to: number) => {
    const raw = list.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    let name = raw.trim().replace(TAIL, '');
    if (!name) return;
    const at = index++;
    const marker = MARKER.exec(name);
    if (marker) name = name.slice(0, marker.index);
    const aside = ASIDE.exec(name);
    if (aside && !lex.listEnding.test(aside[1]!)) name = name.slice(0, aside.index);
    if (!NAME.test(name) || isGeneric(name, lex.generic, lex.genericHead) || !lex.listEnding.test(name.replace(ASIDE, ''))) return;
    const s = start + from + lead;
    const marked = marker ? (/牵头|主责/u.test(marker[1]!) ? 'lead' : 'support') : undefined;
    out.push({ name, start: s, end: s + name.length, type: orgTypeOf(name, grammars), index: at, ...(marked ? { marked } : {}) });
  };
  for (const m of list.matchAll(SEPARATOR)) {
    take(m.index);
    from = m.index + m[0].length;
  }
  take(list.length);
  return out;
}

/** 各区政府, 有关部门, 县直各部门, 市（县、区）档案馆: a generic word, a name that starts with a quantifier, a body at every level. */
export function isGeneric(name: string, generic: ReadonlySet<string>, genericHead: ReadonlySet<string>): boolean {
  if (generic.has(name)) return true;
  if (/^(?:各|有关|相关|其他|其它|所有|全体|部分)/u.test(name)) return true;
  if (/各|有关|相关/u.test(name) && /(?:部门|单位|学校|乡镇|街道|政府)$/u.test(name)) return true;
  // 市（县、区）档案馆, 县（市、区）教育局: a body at every level of a list is a kind.
  if (/[(][省市县区州镇乡、]{3,}[)]/u.test(name)) return true;
  return genericHead.has(name);
}
