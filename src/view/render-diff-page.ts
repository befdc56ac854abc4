import type { Change, PlanDiff, PlanDocument } from '../schema/index.js';
import { itemsOf, type Item } from '../compare/items.js';
import { describeChange } from '../output/describe-change.js';
import { sourceTextOf } from '../output/source-text.js';
import { looksTraditional } from '../pipeline/normalize.js';
import { diffFlags } from './diff-flags.js';
import { entityRanges, warningInserts } from './entity-marks.js';
import { escapeHtml } from './escape-html.js';
import { nestMarkup, type Insert, type Range } from './nest-markup.js';
import { pageShell } from './page-shell.js';

type Side = { doc: PlanDocument; text: string; items: Item[]; ranges: Range[]; inserts: Insert[] };
type Row = { key: number; old?: Item; new?: Item; changes: Change[] };

/**
 * `view OLD NEW`: the two plans side by side, one row per item — an item found again beside its
 * old self, an added item with nothing beside it, a dropped one where it used to stand — with
 * every entity highlighted as in `view FILE`, the entities the diff names marked as changed,
 * added or dropped, and each row's changes listed under it.
 */
export function renderDiffPage(oldDoc: PlanDocument, newDoc: PlanDocument, diff: PlanDiff): string {
  const flags = diffFlags(oldDoc, newDoc, diff.changes);
  const side = (doc: PlanDocument, prefix: string, f: typeof flags.old): Side => ({
    doc,
    text: sourceTextOf(doc),
    items: itemsOf(doc),
    ranges: entityRanges(doc, f, prefix).sort((a, b) => a.start - b.start || b.end - a.end),
    inserts: warningInserts(doc.warnings, prefix),
  });
  const before = side(oldDoc, 'o-', flags.old);
  const after = side(newDoc, 'n-', flags.new);
  const rows = rowsOf(before.items, after.items, diff);
  const body = [
    header(diff),
    '<div class="layout">',
    rowNav(rows),
    '<main id="text" tabindex="-1" aria-label="The two plans side by side">',
    '<table class="diff"><colgroup><col><col></colgroup>',
    `<thead><tr><th scope="col">Old: ${escapeHtml(diff.old.title ?? diff.old.path)}</th><th scope="col">New: ${escapeHtml(diff.new.title ?? diff.new.path)}</th></tr></thead><tbody>`,
    ...rows.map((row, n) => rowHtml(row, n, before, after)),
    '</tbody></table></main>',
    '</div>',
  ].join('\n');
  const traditional = looksTraditional(before.text) || looksTraditional(after.text);
  return pageShell({ title: `${diff.old.title ?? diff.old.path} → ${diff.new.title ?? diff.new.path}`, lang: traditional ? 'zh-Hant' : 'zh-Hans', body, big: false });
}

/** Rows in the new plan's order; a dropped item after the row of the old item before it. */
function rowsOf(oldItems: Item[], newItems: Item[], diff: PlanDiff): Row[] {
  const byOld = new Map(oldItems.map((i) => [i.id, i]));
  const byNew = new Map(newItems.map((i) => [i.id, i]));
  const partner = new Map(diff.pairs.map((p) => [p.old.id, byNew.get(p.new.id)!]));
  const rows = new Map<string, Row>();
  for (const p of diff.pairs) rows.set(`${p.old.id}>${p.new.id}`, { key: byNew.get(p.new.id)!.index, old: byOld.get(p.old.id)!, new: byNew.get(p.new.id)!, changes: [] });
  const keyOfOld = (item: Item) => {
    for (let k = item.index; k >= 0; k--) {
      const p = partner.get(oldItems[k]!.id);
      if (p) return p.index + 0.5 + item.index / 1e6;
    }
    return -0.5 + item.index / 1e6;
  };
  for (const c of diff.changes) {
    if (c.type === 'item-added') rows.set(`>${c.new.id}`, { key: byNew.get(c.new.id)!.index, new: byNew.get(c.new.id)!, changes: [] });
    if (c.type === 'item-dropped') rows.set(`${c.old.id}>`, { key: keyOfOld(byOld.get(c.old.id)!), old: byOld.get(c.old.id)!, changes: [] });
  }
  for (const c of diff.changes) {
    const row = rows.get(`${c.oldItem ?? ''}>${c.newItem ?? ''}`) ?? rows.get(`${c.oldItem}>${partner.get(c.oldItem ?? '')?.id ?? ''}`) ?? [...rows.values()].find((r) => r.new?.id === c.newItem && c.newItem !== undefined);
    row?.changes.push(c);
  }
  return [...rows.values()].sort((a, b) => a.key - b.key);
}

function rowHtml(row: Row, n: number, before: Side, after: Side): string {
  const kinds = new Set(row.changes.map((c) => c.type));
  const state = !row.old ? 'added' : !row.new ? 'dropped' : kinds.has('item-moved') ? 'moved' : '';
  const badges = [state, kinds.has('item-reworded') ? 'reworded' : ''].filter(Boolean).map((b) => `<span class="badge ${b}">${b}</span>`).join('');
  const list = row.changes.filter((c) => c.type !== 'item-added' && c.type !== 'item-dropped');
  const notes = list.length ? `<ul class="changes">${list.map((c) => `<li>${changeText(c)}</li>`).join('')}</ul>` : '';
  const cell = (item: Item | undefined, s: Side, cls: string, extra: string) =>
    item ? `<td class="${cls}" data-item="${escapeHtml(item.id)}">${extra}${itemHtml(item, s)}${cls === 'new' || !row.new ? notes : ''}</td>` : `<td class="${cls} none"></td>`;
  return `<tr id="r-${n}"${state ? ` class="${state}"` : ''}>${cell(row.old, before, 'old', row.new ? '' : badges)}${cell(row.new, after, 'new', badges)}</tr>`;
}

/** One item: its id, then its own text with every entity marked. */
function itemHtml(item: Item, s: Side): string {
  const from = item.span.start.offset;
  const to = item.span.end.offset;
  const ranges = s.ranges.filter((r) => r.start >= from && r.start < to);
  const inserts = s.inserts.filter((i) => i.at >= from && i.at < to);
  const label = item.id === '0' ? 'preamble' : item.id;
  return `<span class="n">[${escapeHtml(label)}]</span> ${nestMarkup(s.text, from, to, ranges, inserts).replace(/\n+$/, '')}`;
}

function changeText(c: Change): string {
  const d = describeChange(c);
  const what = d.before && d.after ? `${d.before} → ${d.after}` : d.after || d.before;
  return escapeHtml(`${d.label}: ${what}${d.detail ? ` (${d.detail})` : ''}`);
}

function header(diff: PlanDiff): string {
  const n = (t: string) => diff.summary[t] ?? 0;
  const facts = [
    `${n('itemsPaired')} items found again`, `${n('item-added')} added`, `${n('item-dropped')} dropped`, `${n('item-moved')} moved`, `${n('item-reworded')} reworded`,
    `targets: ${n('target-changed')} changed, ${n('target-added')} added, ${n('target-dropped')} dropped`,
    `deadlines: ${n('deadline-moved')} moved, ${n('deadline-added')} added, ${n('deadline-dropped')} dropped`,
    `owners: ${n('owners-changed')} changed`, `policies: ${n('policy-cited')} newly cited, ${n('policy-uncited')} no longer cited`,
  ];
  return [
    '<header>',
    `<h1>${escapeHtml(diff.old.title ?? diff.old.path)} → ${escapeHtml(diff.new.title ?? diff.new.path)}</h1>`,
    `<dl class="meta"><div><dt>Old</dt><dd>${escapeHtml(diff.old.path)}</dd></div><div><dt>New</dt><dd>${escapeHtml(diff.new.path)}</dd></div></dl>`,
    `<ul class="legend">${facts.map((f) => `<li>${f}</li>`).join('')}<li><mark class="e changed">changed</mark></li><li><mark class="e added-e">added</mark></li><li><mark class="e dropped-e">dropped</mark></li></ul>`,
    '</header>',
  ].join('\n');
}

function rowNav(rows: readonly Row[]): string {
  const items = rows.map((row, n) => {
    const item = row.new ?? row.old!;
    const mark = !row.old ? '+ ' : !row.new ? '− ' : row.changes.length > 0 ? '~ ' : '';
    const title = item.id === '0' ? 'Preamble' : `${item.marker}${item.title}`;
    const short = title.length > 40 ? title.slice(0, 39) + '…' : title;
    return `<li><a href="#r-${n}">${mark}${escapeHtml(short)}</a></li>`;
  });
  return `<nav aria-label="Items"><h2>Items</h2><ol>${items.join('')}</ol></nav>`;
}
