import type { Extractor, DraftOf } from './types.js';
import { findOwnerNotes } from './org/find-owner-notes.js';
import { findOwnerTable } from './org/find-owner-table.js';
import { findMentions } from './org/find-mentions.js';
import { coordinatedStems } from './org/coordinated-stems.js';
import { inlineRoles } from './org/inline-roles.js';
import { mergePortfolios } from './org/merge-portfolios.js';
import { docAliases } from './org/doc-aliases.js';

/** Titles and quoted names: orgs inside them are part of a name, not actors (《瓮安县教育局…方案》, “清远市卓越高中学校”). */
const QUOTED = /《[^《》\n]{1,120}》|“[^“”\n]{1,40}”/gu;

/**
 * Organisations in one block. Owner notes first (牵头单位：…, 县教育局牵头，县财政局配合,
 * owner columns of a task table): their orgs get lead/support roles on this block's
 * section; sub-sections inherit them through `ownersOf`. Every other named organisation is a
 * mention unless running text assigns it (由县教育局牵头 → lead); generic plurals (有关部门, 各级各类学校) are not orgs.
 */
export const extractOrgs: Extractor = (block, doc) => {
  const notes = findOwnerNotes(block, doc);
  const table = findOwnerTable(doc).filter((d) => d.start >= block.start && d.start < block.end);
  // One flag per character of the block: names inside notes, table cells and titles are skipped.
  const covered = new Uint8Array(block.end - block.start);
  const cover = (s: number, e: number) => covered.fill(1, Math.max(0, s - block.start), Math.max(0, e - block.start));
  for (const [s, e] of notes.covered) cover(s, e);
  for (const d of table) cover(d.start, d.end);
  for (const m of doc.text.slice(block.start, block.end).matchAll(QUOTED)) cover(block.start + m.index, block.start + m.index + m[0].length);
  // （以下简称协调处）: the short name of the body just named is not another mention of it.
  for (const [s, e] of docAliases(doc).definitions) if (s < block.end && e > block.start) cover(s, e);
  const skip = (start: number, end: number) => covered[start - block.start] === 1 || covered[end - 1 - block.start] === 1;
  const found = mergePortfolios(findMentions(block, doc, skip), doc);
  // A stem after an org (市政法、公安) that is not found as a name of its own (团县委 is).
  const stems = coordinatedStems(found, doc).filter((s) => !found.some((f) => f.start < s.end && s.start < f.end));
  const mentions = inlineRoles([...found, ...stems].sort((a, b) => a.start - b.start), doc);
  const drafts: DraftOf<'org'>[] = [...notes.drafts, ...table, ...mentions];
  return drafts.sort((a, b) => a.start - b.start || a.end - b.end);
};
