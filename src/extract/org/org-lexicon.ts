import type { Grammars } from '../../grammar/compile.js';

/** The word lists and whole-word patterns the org mechanisms read, built once per grammar set. */
export type OrgLexicon = {
  generic: ReadonlySet<string>;
  genericHead: ReadonlySet<string>;
  kind: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  supportVerbs: ReadonlySet<string>;
  /** Whole word is a known org (县委, 教研室). */
  known: RegExp;
  /** Whole word is a department stem (财政, 公安). */
  stem: RegExp;
  /** Ends like an org name (…局, …学校, …公司, 县财政, 教研室): an item of an unlabelled owner note. */
  ending: RegExp;
  leadLabel: RegExp;
  supportLabel: RegExp;
};

const cache = new WeakMap<Grammars, OrgLexicon>();

export function orgLexicon(grammars: Grammars): OrgLexicon {
  const hit = cache.get(grammars);
  if (hit) return hit;
  const whole = (part: string) => new RegExp(`^${grammars.part(part)}$`, 'u');
  const lexicon: OrgLexicon = {
    generic: new Set(grammars.lexicon('orgGeneric')),
    genericHead: new Set(grammars.lexicon('orgGenericHead')),
    kind: new Set(grammars.lexicon('orgKindWords')),
    stop: new Set(grammars.lexicon('orgStopWords')),
    supportVerbs: new Set(grammars.lexicon('orgSupportVerbs')),
    known: whole('orgKnownWords'),
    stem: whole('orgDeptStem'),
    ending: new RegExp(
      `(?:${['orgGovSuffix', 'orgSchoolSuffix', 'orgOtherSuffix', 'orgDeptStem', 'orgKnownWords'].map((p) => grammars.part(p)).join('|')})$`,
      'u',
    ),
    leadLabel: whole('orgOwnerLeadLabel'),
    supportLabel: whole('orgOwnerSupportLabel'),
  };
  cache.set(grammars, lexicon);
  return lexicon;
}

/**
 * 牵头 in an owner label or note, which makes the 责任 units beside it support; not the 牵头 of
 * 牵头领导 (牵头县领导), which names a person and leaves the units' roles as they are.
 */
export const LEAD_UNIT_WORD = /牵头(?![县市区]?领导)/u;
