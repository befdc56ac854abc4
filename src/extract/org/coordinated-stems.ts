import type { DocContext, DraftOf } from '../types.js';

/**
 * Bare department stems coordinated with an org before them share its level: in
 * 市政法、公安等部门 the second org is 公安 (name as printed). Only stems from the grammar
 * count, and the coordination must end at 等/、/punctuation, so 县财政和教育工作 adds nothing.
 */
export function coordinatedStems(mentions: readonly DraftOf<'org'>[], doc: DocContext): DraftOf<'org'>[] {
  const stem = doc.grammars.part('orgDeptStem');
  const next = new RegExp(`^(?:、|和|与|及)(${stem})(?=、|和|与|及|等|[,;。)]|$)`, 'u');
  const out: DraftOf<'org'>[] = [];
  for (const m of mentions) {
    if (m.type !== 'gov') continue;
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
