import type { Metric, Org, PlanDocument, Policy, Term, Time, Warning } from '../schema/index.js';
import { reading } from '../output/describe-change.js';
import { escapeHtml } from './escape-html.js';
import type { Insert, Range } from './nest-markup.js';

export type EntityKind = 'metric' | 'time' | 'org' | 'policy' | 'term';

/** Extra classes and words for an entity the diff names (a target changed, an item's deadline added). */
export type Flag = { className: string; note: string };

/**
 * Every entity of a plan as a highlighted element: `<mark class="e metric" data-k="metric"
 * data-i="12" data-tip="≥ 90 %" tabindex="0">`. The kind is told by colour and, for a reader
 * without colour, by the line under or around it (see page-style.ts); the normalized reading
 * shows on hover and on keyboard focus. `flags` (keyed "kind:index") add the diff's notes.
 */
export function entityRanges(document: PlanDocument, flags: ReadonlyMap<string, Flag> = new Map(), idPrefix = ''): Range[] {
  const out: Range[] = [];
  const add = <E extends { span: { start: { offset: number }; end: { offset: number } } }>(kind: EntityKind, list: readonly E[], tip: (e: E) => string, extra: (e: E) => string = () => '') => {
    list.forEach((e, i) => {
      const flag = flags.get(`${kind}:${i}`);
      const classes = `e ${kind}${extra(e)}${flag ? ' ' + flag.className : ''}`;
      const text = (flag ? flag.note + ' · ' : '') + tip(e);
      const attrs = `class="${classes}" data-k="${kind}" data-i="${i}" data-tip="${escapeHtml(text)}" tabindex="0"`;
      out.push({ start: e.span.start.offset, end: e.span.end.offset, tag: 'mark', open: `<mark id="${idPrefix}${kind}-${i}" ${attrs}>`, reopen: `<mark ${attrs}>` });
    });
  };
  add('metric', document.metrics, metricTip);
  add('time', document.times, timeTip);
  add('org', document.orgs, orgTip, (o: Org) => ` ${o.role}`);
  add('policy', document.policies, policyTip);
  add('term', document.terms, (t: Term) => `term: ${t.name} · ${t.rule}`);
  return out;
}

/** A warning where it stands: a badge between two characters (its sign is drawn by CSS, so no text is added). */
export function warningInserts(warnings: readonly Warning[], idPrefix = ''): Insert[] {
  return warnings.map((w, i) => ({
    at: w.span.start.offset,
    html: `<span class="warn" id="${idPrefix}warning-${i}" role="note" tabindex="0" data-tip="${escapeHtml(`warning ${w.code}: ${w.message}`)}" aria-label="${escapeHtml(`warning: ${w.message}`)}"></span>`,
  }));
}

function metricTip(m: Metric): string {
  return `metric: ${reading(m)}${m.subject ? ` · of ${m.subject}` : ''} · ${m.rule}`;
}

function timeTip(t: Time): string {
  const n = t.normalized;
  const parts = [n?.start ? `from ${n.start}` : '', n?.end ? `${t.kind === 'due' ? 'by' : 'to'} ${n.end}` : '', n?.every ? `every ${n.every}` : ''].filter(Boolean);
  return `time (${t.kind})${parts.length ? ': ' + parts.join(', ') : ''} · ${t.rule}`;
}

function orgTip(o: Org): string {
  return `org, ${o.role === 'mention' ? 'mentioned' : o.role === 'lead' ? 'lead unit' : 'support unit'} (${o.type}): ${o.name} · ${o.rule}`;
}

function policyTip(p: Policy): string {
  const facts = [p.kind, p.action ? `action ${p.action}` : ''].filter(Boolean).join(', ');
  return `policy${facts ? ` (${facts})` : ''}: 《${p.name}》 · ${p.rule}`;
}
