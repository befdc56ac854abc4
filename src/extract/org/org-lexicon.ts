import { escapeRegExp, type Grammars } from '../../grammar/compile.js';

/** The word lists and whole-word patterns the org mechanisms read, built once per grammar set. */
export type OrgLexicon = {
  generic: ReadonlySet<string>;
  genericHead: ReadonlySet<string>;
  /** Generic heads that stay generic after a place (县级, 各, 乡镇). */
  genericQuantifier: ReadonlySet<string>;
  kind: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  supportVerbs: ReadonlySet<string>;
  /** Characters jieba's guesser glues to a name (由区, 局和区). */
  glue: ReadonlySet<string>;
  /** Joiners inside one department's name (区交通与建设局). */
  portfolioJoiner: ReadonlySet<string>;
  /** Trade words a company's name walks over though they stop other names (发展, 建设). */
  trade: ReadonlySet<string>;
  /** Whole word is a company (有限公司, 三峡集团). */
  company: RegExp;
  /** A company word anywhere in a name (…有限公司…加油站). */
  companyInside: RegExp;
  /** What, right after a name, makes it not a mention (各部门, 十三届二次全会, 网). */
  notAfter: RegExp;
  /** Whole word is a known org (县委, 教研室). */
  known: RegExp;
  /** Whole word is a kind of body specific with any proper word before it (总局, 派出所, 党组). */
  body: RegExp;
  /** Whole word is a department stem (财政, 公安). */
  stem: RegExp;
  /** Ends like an org name (…局, …学校, …公司, 县财政, 教研室): an item of an unlabelled owner note. */
  ending: RegExp;
  /** Ends like a unit in an owner list, where 组 and 社 count too (平潭银保监组). */
  listEnding: RegExp;
  leadLabel: RegExp;
  /** 责任单位: responsible units, which of them leads unsaid. */
  plainLabel: RegExp;
  supportLabel: RegExp;
  leadVerbs: ReadonlySet<string>;
  /** The verb that closes a clause of an unlabelled owner note (…牵头负责, …等按职责分工负责), group `verb`. */
  ownerTail: RegExp;
  /** Words that open running text, not an org, in an unlabelled note (由, 含, 以下简称). */
  noteNotStart: RegExp;
};

const cache = new WeakMap<Grammars, OrgLexicon>();

export function orgLexicon(grammars: Grammars): OrgLexicon {
  const hit = cache.get(grammars);
  if (hit) return hit;
  const whole = (part: string) => new RegExp(`^${grammars.part(part)}$`, 'u');
  const lexicon: OrgLexicon = {
    generic: new Set(grammars.lexicon('orgGeneric')),
    genericHead: new Set(grammars.lexicon('orgGenericHead')),
    genericQuantifier: new Set(grammars.lexicon('orgGenericQuantifiers')),
    kind: new Set(grammars.lexicon('orgKindWords')),
    stop: new Set(grammars.lexicon('orgStopWords')),
    supportVerbs: new Set(grammars.lexicon('orgSupportVerbs')),
    glue: new Set(grammars.lexicon('orgGlueChars')),
    portfolioJoiner: new Set(grammars.lexicon('orgPortfolioJoiners')),
    trade: new Set(grammars.lexicon('orgTradeWords')),
    company: new RegExp(`${grammars.part('orgCompanySuffix')}$`, 'u'),
    companyInside: new RegExp(grammars.part('orgCompanySuffix'), 'u'),
    notAfter: new RegExp(grammars.rule('org/not-after').source, 'u'),
    known: whole('orgKnownWords'),
    stem: whole('orgDeptStem'),
    body: whole('orgBodySuffix'),
    ending: new RegExp(
      `(?:${['orgGovSuffix', 'orgSchoolSuffix', 'orgOtherSuffix', 'orgDeptStem', 'orgKnownWords'].map((p) => grammars.part(p)).join('|')})$`,
      'u',
    ),
    listEnding: new RegExp(
      `(?:${['orgGovSuffix', 'orgSchoolSuffix', 'orgOtherSuffix', 'orgDeptStem', 'orgKnownWords', 'orgListSuffix'].map((p) => grammars.part(p)).join('|')})$`,
      'u',
    ),
    leadLabel: whole('orgOwnerLeadLabel'),
    plainLabel: whole('orgOwnerLabel'),
    leadVerbs: new Set(grammars.lexicon('orgLeadVerbs')),
    ownerTail: new RegExp(`(?:${grammars.part('orgOwnerTail')})$`, 'u'),
    noteNotStart: new RegExp(`^(?:${grammars.lexicon('orgNoteNotStart').map(escapeRegExp).join('|')})`, 'u'),
    supportLabel: whole('orgOwnerSupportLabel'),
  };
  cache.set(grammars, lexicon);
  return lexicon;
}

