import type { Grammars } from '../../grammar/compile.js';
import { splitOrgList, type ListedOrg } from './split-org-list.js';

/** What a note says of the units of one of its lists: they lead, they support, or only that they are responsible. */
export type Spec = 'lead' | 'support' | 'plain';
/** One list of a note: [start, end) holds the units, absolute in the text. */
export type NotePart = { start: number; end: number; spec: Spec };

/**
 * The orgs of one owner note with their roles. 牵头/配合 words decide where the note has them
 * (a label, a verb, a marker such as 县教育局（牵头）): the units they name lead or support, and
 * the merely responsible ones (责任单位, 负责) support a unit that leads, or lead beside units that
 * support. Where the note has none, it is read as a task table is read: the first unit listed
 * leads and the others support — first in the list as printed, so a note that opens with a
 * generic plural (省政府各部门、…、平潭综合实验区管委会) has no named lead.
 */
export function ownerRoles(parts: readonly NotePart[], text: string, grammars: Grammars): Array<ListedOrg & { role: 'lead' | 'support' }> {
  const lists = parts.map((p) => ({ spec: p.spec, printed: /\S/u.test(text.slice(p.start, p.end)), orgs: splitOrgList(text, p.start, p.end, grammars) }));
  // An empty 牵头 cell says nothing.
  const says = (role: 'lead' | 'support') => lists.some((l) => (l.spec === role && l.printed) || l.orgs.some((o) => o.marked === role));
  const leads = says('lead');
  const supports = says('support');
  return lists.flatMap((l, k) =>
    l.orgs.map((o) => {
      const plain = leads ? 'support' : supports ? 'lead' : k === 0 && o.index === 0 ? 'lead' : 'support';
      return { ...o, role: o.marked ?? (l.spec === 'plain' ? plain : l.spec) };
    }),
  );
}
