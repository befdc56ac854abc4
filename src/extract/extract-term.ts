import type { Extractor, DraftOf } from './types.js';
import { execAll } from '../grammar/exec-all.js';

/** Quoted programme names and slogans; quotes inside a 《》 title belong to the policy, not here. */
export const extractTerms: Extractor = (block, doc) => {
  const rule = doc.grammars.rule('term/quoted');
  const text = doc.text.slice(block.start, block.end);
  const out: DraftOf<'term'>[] = [];
  for (const m of execAll(rule.regex, text)) {
    if (insideTitle(text, m.index)) continue;
    const start = block.start + m.index;
    const end = start + m[0].length;
    out.push({ entity: 'term', start, end, sectionId: block.sectionId, rule: rule.id, name: doc.original.slice(start + 1, end - 1) });
  }
  return out;
};

/** An open 《 before the quote on the same line, not yet closed. */
function insideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  if (open < 0 || text.slice(open, at).includes('\n') || at - open > 80) return false;
  return text.indexOf('》', open) > at;
}
