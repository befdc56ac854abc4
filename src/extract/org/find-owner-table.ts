import type { DocContext, DraftOf } from '../types.js';
import { LEAD_UNIT_WORD, orgLexicon } from './org-lexicon.js';
import { splitOrgList } from './split-org-list.js';
import { cellsOf, rowsAfter } from '../table-cells.js';

const cache = new WeakMap<DocContext, DraftOf<'org'>[]>();

/**
 * Orgs in the owner columns of flattened task tables (序号 工作任务 牵头单位 责任单位 and
 * the rows below it), for the whole document, computed once. Rows are aligned to the header
 * from the right, because a wrapped or numberless row loses cells on the left, never the
 * owner columns at the end. A table ends at the first line that is not a row.
 */
export function findOwnerTable(doc: DocContext): DraftOf<'org'>[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const lex = orgLexicon(doc.grammars);
  const rule = doc.grammars.rule('org/owner-table-header');
  const drafts: DraftOf<'org'>[] = [];
  for (const header of doc.text.matchAll(new RegExp(rule.regex.source, rule.regex.flags))) {
    const labels = cellsOf(header[0], 0).map((c) => c.text);
    const hasLead = labels.some((l) => LEAD_UNIT_WORD.test(l));
    const owners = labels
      .map((label, i) => ({ fromEnd: labels.length - 1 - i, role: lex.supportLabel.test(label) || (hasLead && label.startsWith('责任')) ? ('support' as const) : ('lead' as const), owner: lex.leadLabel.test(label) || lex.supportLabel.test(label) }))
      .filter((c) => c.owner);
    for (const cells of rowsAfter(doc.text, header.index + header[0].length)) {
      for (const { fromEnd, role } of owners) {
        const cell = cells[cells.length - 1 - fromEnd];
        if (!cell) continue;
        for (const org of splitOrgList(doc.text, cell.start, cell.end, doc.grammars)) {
          const sectionId = doc.blocks.find((b) => org.start >= b.start && org.start < b.end)?.sectionId ?? '0';
          drafts.push({ entity: 'org', start: org.start, end: org.end, sectionId, rule: 'org/owner-table-header', name: doc.original.slice(org.start, org.end), type: org.type, role });
        }
      }
    }
  }
  cache.set(doc, drafts);
  return drafts;
}
