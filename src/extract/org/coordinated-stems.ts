import type { DocContext, DraftOf } from '../types.js';
import type { Grammars } from '../../grammar/compile.js';

const compiled = new WeakMap<Grammars, RegExp>();

/** A stem right after a joiner, ending where the coordination does; built once per grammar set. */
function nextStem(grammars: Grammars): RegExp {
  let regex = compiled.get(grammars);
  if (!regex) compiled.set(grammars, (regex = new RegExp(`^(?:、|和|与|及)(${grammars.part('orgDeptStem')})(?=、|和|与|及|等|[,;。)]|$)`, 'u')));
  return regex;
}

/**
 * Bare department stems coordinated with an org before them share its level: in
 * 市政法、公安等部门 the second org is 公安 (name as printed). Only stems from the grammar
 * count, and the coordination must end at 等/、/punctuation, so 县财政和教育工作 adds nothing.
 */
export function coordinatedStems(mentions: readonly DraftOf<'org'>[], doc: DocContext): DraftOf<'org'>[] {
  const out: DraftOf<'org'>[] = [];
  for (const m of mentions) {
    if (m.type !== 'gov') continue;
    const next = nextStem(doc.grammars);
    let at = m.end;
    for (let guard = 0; guard < 8; guard++) {
      const hit = next.exec(doc.text.slice(at, at + 16));
      if (!hit) break;
      const start = at + hit[0].length - hit[1]!.length;
      out.push({ entity: 'org', start, end: start + hit[1]!.length, sectionId: m.sectionId, rule: 'org/dept-abbrev', name: doc.original.slice(start, start + hit[1]!.length), type: 'gov', role: 'mention' });
      at = start + hit[1]!.length;
    }
  }
  return out;
}
