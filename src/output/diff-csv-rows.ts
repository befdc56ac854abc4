import type { PlanDiff, Span } from '../schema/index.js';
import { describeChange } from './describe-change.js';

/** Columns of `diff --csv`, one row per change. A public contract: add at the end, never reorder. */
export const diffCsvColumns = [
  'old_path', 'new_path', 'change', 'old_item', 'new_item', 'old_item_title', 'new_item_title',
  'old_text', 'new_text', 'detail',
  'old_start_line', 'old_start_column', 'old_start_offset', 'old_end_offset',
  'new_start_line', 'new_start_column', 'new_start_offset', 'new_end_offset',
] as const;

/** The header and one row per change, in the report's order. */
export function diffCsvRows(diff: PlanDiff): Array<Array<string | number>> {
  const titleOld = new Map(diff.pairs.map((p) => [p.old.id, p.old.title]));
  const titleNew = new Map(diff.pairs.map((p) => [p.new.id, p.new.title]));
  const rows: Array<Array<string | number>> = [[...diffCsvColumns]];
  for (const c of diff.changes) {
    const d = describeChange(c);
    const oldTitle = c.type === 'item-dropped' ? c.old.title : (titleOld.get(c.oldItem ?? '') ?? '');
    const newTitle = c.type === 'item-added' ? c.new.title : (titleNew.get(c.newItem ?? '') ?? '');
    rows.push([
      diff.old.path, diff.new.path, c.type, c.oldItem ?? '', c.newItem ?? '', oldTitle, newTitle,
      d.before, d.after, d.detail, ...position(d.oldSpan), ...position(d.newSpan),
    ]);
  }
  return rows;
}

function position(span: Span | undefined): Array<string | number> {
  return span ? [span.start.line, span.start.column, span.start.offset, span.end.offset] : ['', '', '', ''];
}
