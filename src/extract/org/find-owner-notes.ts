import type { Block, DocContext, DraftOf } from '../types.js';
import { orgLexicon, type OrgLexicon } from './org-lexicon.js';
import { isGeneric } from './split-org-list.js';
import { ownerRoles, type NotePart, type Spec } from './owner-roles.js';
import { execAll } from '../../grammar/exec-all.js';

/**
 * Orgs named in the owner notes of one block, with their roles:
 * （牵头单位：县教育局；责任单位：县财政局） — org/owner-paren,
 * 牵头单位：县教育局 on its own line — org/owner-label,
 * （市发展改革委牵头，各区政府负责） / 县教育局牵头，县财政局配合 — org/owner-verb,
 * （区市场监管局、区社会事业局） closing a sentence — org/owner-bare.
 * ownerRoles reads the roles (牵头/配合 words where present, else the first unit listed leads).
 * Returns the drafts and the ranges the notes cover, so that mention search does not find the
 * same names again.
 */
export function findOwnerNotes(block: Block, doc: DocContext): { drafts: DraftOf<'org'>[]; covered: Array<[number, number]> } {
  const lex = orgLexicon(doc.grammars);
  const text = doc.text.slice(block.start, block.end);
  const drafts: DraftOf<'org'>[] = [];
  const covered: Array<[number, number]> = [];
  const inside = (at: number) => covered.some(([s, e]) => at >= s && at < e);
  const emit = (rule: string, parts: NotePart[]) => {
    for (const org of ownerRoles(parts, doc.text, doc.grammars)) {
      drafts.push({ entity: 'org', start: org.start, end: org.end, sectionId: block.sectionId, rule, name: doc.original.slice(org.start, org.end), type: org.type, role: org.role });
    }
  };

  for (const m of matches(doc, 'org/owner-paren', text)) {
    const bodyStart = block.start + m.index + m[0].indexOf(m.groups!.body!);
    emit('org/owner-paren', labelledParts(m.groups!.body!, bodyStart, lex));
    covered.push([block.start + m.index, block.start + m.index + m[0].length]);
  }
  // Label lines that follow each other make one note (牵头单位：… / 配合单位：…).
  let note: NotePart[] = [];
  let noteEnd = -1;
  for (const m of matches(doc, 'org/owner-label', text)) {
    const at = block.start + m.index;
    if (inside(at)) continue;
    if (note.length > 0 && !/^[\s,;。.]*$/u.test(doc.text.slice(noteEnd, at))) {
      emit('org/owner-label', note);
      note = [];
    }
    const listStart = at + m[0].length - m.groups!.list!.length;
    note.push({ start: listStart, end: at + m[0].length, spec: specOfLabel(m.groups!.label!, lex) });
    noteEnd = at + m[0].length;
    covered.push([at, noteEnd]);
  }
  if (note.length > 0) emit('org/owner-label', note);
  for (const m of matches(doc, 'org/owner-verb', text)) {
    // The note runs back from its closing verb to the bracket, sentence or line it fills.
    const from = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('(', m.index), text.lastIndexOf('。', m.index), text.lastIndexOf(';', m.index)) + 1;
    const body = text.slice(from, m.index + m[0].length);
    const at = block.start + from;
    if (m.index - from < 2 || body.length > 300 || body.includes(')') || inside(at)) continue;
    const note = noteClauses(body, at, lex);
    // Outside a bracket every clause names its own verb: 打造城市副中心，建强支部，办好学校，发改委牵头 is a sentence.
    if (!note || note.verbs === 0 || (text[from - 1] !== '(' && note.verbs < note.parts.length)) continue;
    emit('org/owner-verb', note.parts);
    covered.push([at, at + body.length]);
  }
  for (const m of matches(doc, 'org/owner-bare', text)) {
    const at = block.start + m.index;
    // Most brackets are not lists of units (（试行）, （2022—2025年）): their last item does not end like one.
    if (!lex.listEnding.test(m.groups!.body!.replace(/等$/u, '').replace(/[(][^()]*[)]$/u, ''))) continue;
    if (inside(at) || lex.ending.test(doc.text.slice(Math.max(block.start, at - 8), at))) continue; // 省编办（省审改办）: a second name
    const bodyStart = at + 1;
    const note = noteClauses(m.groups!.body!, bodyStart, lex);
    if (!note || note.verbs > 0) continue; // with a verb it is an org/owner-verb note
    emit('org/owner-bare', note.parts);
    covered.push([at, at + m[0].length]);
  }
  return { drafts, covered };
}

/** A rule's matches in the block; a block without any of the words every match holds is not searched. */
function matches(doc: DocContext, id: string, text: string): RegExpExecArray[] {
  const rule = doc.grammars.rule(id);
  if (rule.requires && !rule.requires.some((word) => text.includes(word))) return [];
  return execAll(rule.regex, text);
}

function specOfLabel(label: string, lex: OrgLexicon): Spec {
  return lex.leadLabel.test(label) ? 'lead' : lex.supportLabel.test(label) ? 'support' : 'plain';
}

/** 牵头单位：A；责任单位：B、C → (A, lead), (B、C, plain). A part without a label keeps the last one's. */
function labelledParts(body: string, start: number, lex: OrgLexicon): NotePart[] {
  const parts: NotePart[] = [];
  let spec: Spec = 'plain';
  let at = 0;
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    const label = colon >= 0 ? part.slice(0, colon).trim() : '';
    if (label && (lex.leadLabel.test(label) || lex.plainLabel.test(label) || lex.supportLabel.test(label))) spec = specOfLabel(label, lex);
    const listFrom = colon >= 0 && label ? colon + 1 : 0;
    parts.push({ start: start + at + listFrom, end: start + at + part.length, spec });
    at += part.length + 1;
  }
  return parts;
}

/**
 * The clauses of an unlabelled note: each an org list, maybe closed by an owner verb
 * (区资源生态局牵头 | 区经发局、区农业农村局 | 平潭海关等按职责分工负责). Undefined when a
 * clause is running text (由县教育局牵头, 含区教育局, 以下简称协调处) or no clause names an org.
 */
function noteClauses(note: string, start: number, lex: OrgLexicon): { parts: NotePart[]; verbs: number } | undefined {
  const parts: NotePart[] = [];
  let verbs = 0;
  let at = 0;
  for (const clause of note.split(/[,;]/u)) {
    const trimmed = clause.trim();
    const lead = clause.length - clause.trimStart().length;
    const tail = lex.ownerTail.exec(trimmed);
    const list = tail ? trimmed.slice(0, tail.index) : trimmed;
    const verb = tail?.groups?.verb;
    const items = list.split(/[、/]|(?<=[局委办室科股厅部处站所队])(?:和|及|与)/u); // not on every 和: 文化和旅游局
    if (!list || !items.every((item) => isItem(item, lex))) return undefined;
    const spec: Spec = !verb ? 'plain' : lex.leadVerbs.has(verb) ? 'lead' : lex.supportVerbs.has(verb) ? 'support' : 'plain';
    const s = start + at + lead;
    parts.push({ start: s, end: s + list.length, spec });
    if (verb) verbs++;
    at += clause.length + 1;
  }
  return { parts, verbs };
}

/** An item of an unlabelled note: a name that ends like an org, or a generic plural (各片区, 区直有关部门). */
function isItem(item: string, lex: OrgLexicon): boolean {
  const name = item.trim().replace(/等$/u, '');
  if (!name || name.length > 24 || /[^\p{Script=Han}A-Za-z()·]/u.test(name) || lex.noteNotStart.test(name)) return false;
  return lex.listEnding.test(name.replace(/[(][^()]*[)]$/u, '')) || isGeneric(name, lex.generic, lex.genericHead);
}
