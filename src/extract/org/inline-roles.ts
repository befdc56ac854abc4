import type { DocContext, DraftOf } from '../types.js';
import { orgLexicon } from './org-lexicon.js';

/** Between two orgs of one list: 县财政局、县人社局, 县委和县政府. */
const JOINER = /^(?:、|和|与|及|,)$/u;

/**
 * Mentions that running text assigns to the item: a list of orgs directly followed by
 * 牵头/负责 leads (由县教育局牵头), by 配合/协助/参与 supports. Returns a new list; the
 * orgs of the list take rule org/owner-inline.
 */
export function inlineRoles(mentions: readonly DraftOf<'org'>[], doc: DocContext): DraftOf<'org'>[] {
  const lex = orgLexicon(doc.grammars);
  const rule = doc.grammars.rule('org/owner-inline');
  const verb = new RegExp(rule.regex.source, rule.regex.flags.replace('g', ''));
  const out = [...mentions];
  for (let i = out.length - 1; i >= 0; i--) {
    const m = verb.exec(doc.text.slice(out[i]!.end, out[i]!.end + 8));
    if (!m) continue;
    const role = lex.supportVerbs.has(m.groups!.verb!) ? 'support' : 'lead';
    let j = i;
    while (j > 0 && JOINER.test(doc.text.slice(out[j - 1]!.end, out[j]!.start))) j--;
    for (let k = j; k <= i; k++) out[k] = { ...out[k]!, role, rule: 'org/owner-inline' };
    i = j;
  }
  return out;
}
