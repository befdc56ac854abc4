import type { DocContext } from '../types.js';
import { cellsOf, rowsAfter } from '../table-cells.js';

const cache = new WeakMap<DocContext, Array<[number, number]>>();

/**
 * The cells of deadline columns (完成时限, 时间节点, …) in the document's flattened task tables,
 * as [start, end) ranges, computed once. Rows are aligned to the header from the right, as for
 * owner columns: a wrapped row loses cells on the left, not at the end.
 */
export function dueCells(doc: DocContext): Array<[number, number]> {
  const hit = cache.get(doc);
  if (hit) return hit;
  const header = doc.grammars.rule('time-table/due-header');
  const labels = doc.grammars.lexicon('timeDueLabels');
  const cells: Array<[number, number]> = [];
  for (const m of doc.text.matchAll(new RegExp(header.regex.source, header.regex.flags))) {
    const names = cellsOf(m[0], 0).map((c) => c.text);
    const fromEnd = names.length - 1 - names.findIndex((n) => labels.some((l) => n.includes(l)));
    for (const row of rowsAfter(doc.text, m.index + m[0].length)) {
      const cell = row[row.length - 1 - fromEnd];
      if (cell) cells.push([cell.start, cell.end]);
    }
  }
  cache.set(doc, cells);
  return cells;
}
