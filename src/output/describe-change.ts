import type { Change, Metric, Span } from '../schema/index.js';

const CMP: Record<Metric['cmp'], string> = { '>=': '≥', '<=': '≤', '~': '≈', range: 'range', '=': '=' };

/** One change in words: what it is, what it was and is, and a detail (fields, days, role). */
export type Described = { label: string; before: string; after: string; detail: string; oldSpan?: Span; newSpan?: Span };

/**
 * The words a person reads for one change, shared by the terminal report and the CSV so they
 * say the same thing: "target 85% → 90% (value 85 → 90)".
 */
export function describeChange(c: Change): Described {
  switch (c.type) {
    case 'item-added':
      return { label: 'item added', before: '', after: c.new.marker + c.new.title, detail: '', newSpan: c.new.titleSpan };
    case 'item-dropped':
      return { label: 'item dropped', before: c.old.marker + c.old.title, after: '', detail: '', oldSpan: c.old.titleSpan };
    case 'item-moved':
      return { label: 'item moved', before: c.old.id, after: c.new.id, detail: `under ${c.fromParent ?? 'the top'} → under ${c.toParent ?? 'the top'}`, oldSpan: c.old.titleSpan, newSpan: c.new.titleSpan };
    case 'item-reworded':
      return { label: 'title reworded', before: c.old.title, after: c.new.title, detail: '', oldSpan: c.old.titleSpan, newSpan: c.new.titleSpan };
    case 'target-added':
      return { label: 'target added', before: '', after: c.new.text, detail: reading(c.new), newSpan: c.new.span };
    case 'target-dropped':
      return { label: 'target dropped', before: c.old.text, after: '', detail: reading(c.old), oldSpan: c.old.span };
    case 'target-changed':
      return { label: 'target changed', before: c.old.text, after: c.new.text, detail: c.fields.map((f) => fieldChange(f, c.old, c.new)).join('; '), oldSpan: c.old.span, newSpan: c.new.span };
    case 'deadline-added':
      return { label: 'deadline added', before: '', after: c.new.text, detail: c.new.normalized?.end ?? '', newSpan: c.new.span };
    case 'deadline-dropped':
      return { label: 'deadline dropped', before: c.old.text, after: '', detail: c.old.normalized?.end ?? '', oldSpan: c.old.span };
    case 'deadline-moved':
      return { label: 'deadline moved', before: c.old.text, after: c.new.text, detail: c.days === undefined ? '' : `${c.days > 0 ? 'later' : 'earlier'} by ${Math.abs(c.days)} days`, oldSpan: c.old.span, newSpan: c.new.span };
    case 'owners-changed': {
      const names = (list: typeof c.added) => list.map((o) => o.name).join('、');
      return { label: `${c.role} units changed`, before: names(c.removed), after: names(c.added), detail: c.role, ...(c.removed[0] ? { oldSpan: c.removed[0].span } : {}), ...(c.added[0] ? { newSpan: c.added[0].span } : {}) };
    }
    case 'policy-cited':
      return { label: 'policy newly cited', before: '', after: c.new.text, detail: c.new.kind ?? '', newSpan: c.new.span };
    case 'policy-uncited':
      return { label: 'policy no longer cited', before: c.old.text, after: '', detail: c.old.kind ?? '', oldSpan: c.old.span };
  }
}

/** A target's normalized reading: ≥ 90 %, 200000000 元, 8–10 所. */
export function reading(m: Metric): string {
  const value = m.normalized.max !== undefined ? `${m.normalized.value}–${m.normalized.max}` : String(m.normalized.value);
  const cmp = m.cmp === '=' || m.cmp === 'range' ? '' : `${CMP[m.cmp]} `;
  return `${cmp}${value} ${m.normalized.unit}`;
}

function fieldChange(field: 'value' | 'max' | 'unit' | 'cmp', a: Metric, b: Metric): string {
  if (field === 'cmp') return `comparator ${CMP[a.cmp]} → ${CMP[b.cmp]}`;
  if (field === 'unit') return `unit ${a.normalized.unit} → ${b.normalized.unit}`;
  const key = field === 'value' ? 'value' : 'max';
  return `${field} ${a.normalized[key] ?? '—'} → ${b.normalized[key] ?? '—'}`;
}
