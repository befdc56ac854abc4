import type { DocContext, DraftOf } from '../types.js';
import { orgLexicon } from './org-lexicon.js';
import { ownerRoles } from './owner-roles.js';
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
  const searched = !rule.requires || rule.requires.some((word) => doc.text.includes(word));
  for (const header of searched ? doc.text.matchAll(new RegExp(rule.regex.source, rule.regex.flags)) : []) {
    const labels = cellsOf(header[0], 0).map((c) => c.text);
    const owners = labels
      .map((label, i) => ({ fromEnd: labels.length - 1 - i, spec: lex.leadLabel.test(label) ? ('lead' as const) : lex.supportLabel.test(label) ? ('support' as const) : ('plain' as const), owner: lex.leadLabel.test(label) || lex.plainLabel.test(label) || lex.supportLabel.test(label) }))
      .filter((c) => c.owner);
    // A row's owner cells are one note: a 牵头 column leads and a 责任 column supports it; a
    // 责任 column alone is led by the first unit of its cell.
    for (const cells of rowsAfter(doc.text, header.index + header[0].length)) {
      const parts = owners.flatMap(({ fromEnd, spec }) => {
        const cell = cells[cells.length - 1 - fromEnd];
        return cell ? [{ start: cell.start, end: cell.end, spec }] : [];
      });
      for (const org of ownerRoles(parts, doc.text, doc.grammars)) {
        const sectionId = doc.blocks.find((b) => org.start >= b.start && org.start < b.end)?.sectionId ?? '0';
        drafts.push({ entity: 'org', start: org.start, end: org.end, sectionId, rule: 'org/owner-table-header', name: doc.original.slice(org.start, org.end), type: org.type, role: org.role });
      }
    }
  }
  cache.set(doc, drafts);
  return drafts;
}
