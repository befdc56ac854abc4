import type { Block, DocContext, DraftOf } from '../types.js';
import { LEAD_UNIT_WORD, orgLexicon, type OrgLexicon } from './org-lexicon.js';
import { splitOrgList } from './split-org-list.js';
import { execAll } from '../../grammar/exec-all.js';

type Role = 'lead' | 'support';

/**
 * Orgs named in the owner notes of one block, with their roles:
 * （牵头单位：县教育局；责任单位：县财政局） — org/owner-paren,
 * 牵头单位：县教育局 on its own line — org/owner-label,
 * （市发展改革委牵头，各区政府负责） / 县教育局牵头，县财政局配合 — org/owner-verb.
 * 责任 means responsible, so 责任单位 leads, unless the same note has a 牵头 label: then
 * 牵头 leads and 责任 supports. Returns the drafts and the ranges the notes cover, so that
 * mention search does not find the same names again.
 */
export function findOwnerNotes(block: Block, doc: DocContext): { drafts: DraftOf<'org'>[]; covered: Array<[number, number]> } {
  const lex = orgLexicon(doc.grammars);
  const text = doc.text.slice(block.start, block.end);
  const drafts: DraftOf<'org'>[] = [];
  const covered: Array<[number, number]> = [];
  const inside = (at: number) => covered.some(([s, e]) => at >= s && at < e);
  const emit = (rule: string, start: number, end: number, role: Role) => {
    for (const org of splitOrgList(doc.text, start, end, doc.grammars)) {
      drafts.push({ entity: 'org', start: org.start, end: org.end, sectionId: block.sectionId, rule, name: doc.original.slice(org.start, org.end), type: org.type, role: org.marked ?? role });
    }
  };

  for (const m of matches(doc, 'org/owner-paren', text)) {
    const bodyStart = block.start + m.index + m[0].indexOf(m.groups!.body!);
    labelledParts(m.groups!.body!, bodyStart, lex, (s, e, role) => emit('org/owner-paren', s, e, role));
    covered.push([block.start + m.index, block.start + m.index + m[0].length]);
  }
  for (const m of matches(doc, 'org/owner-label', text)) {
    const at = block.start + m.index;
    if (inside(at)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const role = roleOfLabel(m.groups!.label!, LEAD_UNIT_WORD.test(line), lex);
    const listStart = at + m[0].length - m.groups!.list!.length;
    emit('org/owner-label', listStart, at + m[0].length, role);
    covered.push([at, at + m[0].length]);
  }
  for (const m of matches(doc, 'org/owner-verb', text)) {
    const at = block.start + m.index;
    if (inside(at)) continue;
    const clauses = verbClauses(m[0], at, lex);
    if (!clauses) continue;
    for (const c of clauses) emit('org/owner-verb', c.start, c.end, c.role);
    covered.push([at, at + m[0].length]);
  }
  return { drafts, covered };
}

function matches(doc: DocContext, id: string, text: string): RegExpExecArray[] {
  const rule = doc.grammars.rule(id);
  return execAll(rule.regex, text);
}

function roleOfLabel(label: string, hasLeadLabel: boolean, lex: OrgLexicon): Role {
  if (lex.supportLabel.test(label)) return 'support';
  return label.startsWith('责任') && hasLeadLabel ? 'support' : 'lead';
}

/** 牵头单位：A；责任单位：B、C → (A, lead), (B、C, support). A part without a label keeps the last role. */
function labelledParts(body: string, start: number, lex: OrgLexicon, each: (s: number, e: number, role: Role) => void) {
  const hasLead = LEAD_UNIT_WORD.test(body);
  let role: Role = 'lead';
  let at = 0;
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    const label = colon >= 0 ? part.slice(0, colon).trim() : '';
    if (label && (lex.leadLabel.test(label) || lex.supportLabel.test(label))) role = roleOfLabel(label, hasLead, lex);
    const listFrom = colon >= 0 && label ? colon + 1 : 0;
    each(start + at + listFrom, start + at + part.length, role);
    at += part.length + 1;
  }
}

const VERB_CLAUSE = /^(?<list>.+?)(?<verb>牵头|负责|主抓|主责|配合|协助|参与|协办|协同)(?:落实|实施|推进)?$/u;
/** Words that show a clause is a sentence about an org, not a list of orgs (由县教育局牵头). */
const NOT_A_LIST = /[由对向在将把要是请会同做好加强]/u;

/** Every clause of an unlabelled note must be `orgs + verb`; otherwise it is running text. */
function verbClauses(note: string, start: number, lex: OrgLexicon): Array<{ start: number; end: number; role: Role }> | undefined {
  const out: Array<{ start: number; end: number; role: Role }> = [];
  let at = 0;
  for (const clause of note.split(/[,;]/u)) {
    const m = VERB_CLAUSE.exec(clause.trim());
    const lead = clause.length - clause.trimStart().length;
    if (!m || NOT_A_LIST.test(m.groups!.list!)) return undefined;
    const items = m.groups!.list!.split(/[、/]/u); // not on 和: 文化和旅游局
    if (!items.every((item) => lex.ending.test(item) || /^(?:各|有关|相关)/u.test(item))) return undefined;
    out.push({ start: start + at + lead, end: start + at + lead + m.groups!.list!.length, role: lex.supportVerbs.has(m.groups!.verb!) ? 'support' : 'lead' });
    at += clause.length + 1;
  }
  return out;
}
