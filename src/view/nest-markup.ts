import { escapeHtml } from './escape-html.js';

/** A stretch of the text to wrap in an element; `open` is its start tag, `tag` its name. */
export type Range = { start: number; end: number; tag: string; open: string; reopen?: string };
/** Markup to place between two characters (a warning badge, an anchor). */
export type Insert = { at: number; html: string };

/**
 * The text from `from` to `to` as HTML, every range wrapped in its element and every insert in
 * its place. Ranges may nest (a term around a time) and may even cross: an element that must
 * close while an inner one is still open closes the inner one too and opens it again after
 * (with `reopen`, its start tag without an id), so the markup is always well formed and every
 * character of the text appears exactly once, escaped.
 */
export function nestMarkup(text: string, from: number, to: number, ranges: readonly Range[], inserts: readonly Insert[] = []): string {
  const byStart = [...ranges].filter((r) => r.end > r.start && r.start < to && r.end > from).sort((a, b) => a.start - b.start || b.end - a.end);
  const insertsAt = [...inserts].filter((i) => i.at >= from && i.at <= to).sort((a, b) => a.at - b.at);
  const stops = new Set<number>([from, to]);
  for (const r of byStart) stops.add(Math.max(r.start, from)).add(Math.min(r.end, to));
  for (const i of insertsAt) stops.add(i.at);
  const positions = [...stops].sort((a, b) => a - b);
  const out: string[] = [];
  const open: Range[] = [];
  let next = 0; // index into byStart
  let nextInsert = 0;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    // Close what ends here; whatever was inside it and goes on is reopened.
    const reopen: Range[] = [];
    if (open.some((r) => r.end <= p)) {
      while (open.length > 0) {
        const top = open.pop()!;
        out.push(`</${top.tag}>`);
        if (top.end > p) reopen.push(top);
        if (!open.some((r) => r.end <= p)) break;
      }
    }
    while (nextInsert < insertsAt.length && insertsAt[nextInsert]!.at === p) out.push(insertsAt[nextInsert++]!.html);
    const starting: Range[] = [];
    while (next < byStart.length && Math.max(byStart[next]!.start, from) === p) starting.push(byStart[next++]!);
    const toOpen = [...reopen.map((r) => ({ r, again: true })), ...starting.map((r) => ({ r, again: false }))].sort((a, b) => b.r.end - a.r.end);
    for (const { r, again } of toOpen) {
      out.push(again ? (r.reopen ?? r.open) : r.open);
      open.push(r);
    }
    const end = positions[k + 1];
    if (end !== undefined) out.push(escapeHtml(text.slice(p, end)));
  }
  while (open.length > 0) out.push(`</${open.pop()!.tag}>`);
  return out.join('');
}
