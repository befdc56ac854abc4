import type { Extractor, DraftOf } from './types.js';
import { alternation, type Grammars } from '../grammar/compile.js';
import { execAll } from '../grammar/exec-all.js';

const compiled = new WeakMap<Grammars, { kind: RegExp; action: RegExp; workBefore: RegExp; workAfter: RegExp; book: RegExp }>();

function patternsOf(grammars: Grammars) {
  let p = compiled.get(grammars);
  if (!p) {
    // The last kind word in the name is its kind (…实施方案 → 实施方案); the verb sits just before
    // the title or before a chain of titles printed back to back (制定印发《A》《B》).
    p = {
      kind: new RegExp(`${grammars.part('policyKind')}(?=[^\\u4e00-\\u9fa5]*$|[(][^)]*[)]$)`, 'u'),
      action: new RegExp(`${grammars.part('policyAction')}(?:好|了|并)?(?:《[^《》\\n]{1,80}》[、和及与]?)*$`, 'u'),
      workBefore: new RegExp(`${alternation(grammars.lexicon('policyNotWorksBefore'))}$`, 'u'),
      workAfter: new RegExp(`^${alternation(grammars.lexicon('policyNotWorksAfter'))}`, 'u'),
      book: new RegExp(alternation(grammars.lexicon('policyBookWords')), 'u'),
    };
    compiled.set(grammars, p);
  }
  return p;
}

/**
 * Every 《…》 title in a block becomes a policy, with its kind and governing verb — except the
 * titles of shows, films and books, which the words around them name (综艺节目《…》, 《…》电视专题片)
 * or, for study books without a policy kind, their own words (论述摘编, 三十讲).
 */
export const extractPolicies: Extractor = (block, doc) => {
  const rule = doc.grammars.rule('policy/title');
  const p = patternsOf(doc.grammars);
  const { kind, action } = p;
  const text = doc.text.slice(block.start, block.end);
  const out: DraftOf<'policy'>[] = [];
  for (const m of execAll(rule.regex, text)) {
    const start = block.start + m.index;
    const end = start + m[0].length;
    const nameStart = start + 1;
    const nameEnd = nameStart + m.groups!.name!.length;
    const name = doc.original.slice(nameStart, nameEnd);
    const kindMatch = kind.exec(m.groups!.name!);
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    if (p.workBefore.test(before) || p.workAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    if (!kindMatch && p.book.test(m.groups!.name!)) continue;
    const verb = action.exec(before);
    const governing = verb ? /^[\u4e00-\u9fa5]+?(?=好|了|并|《|$)/u.exec(verb[0])?.[0] : undefined;
    out.push({
      entity: 'policy', start, end, sectionId: block.sectionId, rule: rule.id, name,
      ...(kindMatch ? { kind: kindMatch[0] } : {}),
      ...(governing ? { action: governing } : {}),
    });
  }
  return out;
};
