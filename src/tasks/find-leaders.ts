import type { Grammars } from '../grammar/compile.js';
import { execAll } from '../grammar/exec-all.js';
import { cellsOf, rowsAfter } from '../extract/table-cells.js';

/** A leader as printed: the name and where it stands (offsets into the source). */
export type LeaderMark = { name: string; start: number; end: number };

/**
 * Every leader the plan names, in order: in notes (牵头领导：副县长张三) and in the leader column
 * of flattened task tables, aligned to the header from the right as owner columns are (a
 * wrapped row loses cells on the left). `text` is the normalised source, `original` the printed one.
 */
export function findLeaders(text: string, original: string, grammars: Grammars): LeaderMark[] {
  if (!text.includes('领导')) return [];
  const marks: LeaderMark[] = [];
  for (const m of execAll(grammars.rule('task/leader-note').regex, text)) {
    const start = m.index + m[0].length - m.groups!.name!.length;
    marks.push({ name: original.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
  }
  const label = new RegExp(grammars.part('leaderLabel'), 'u');
  for (const header of execAll(grammars.rule('task/leader-header').regex, text)) {
    const names = cellsOf(header[0], 0).map((c) => c.text);
    const fromEnd = names.length - 1 - names.findIndex((n) => label.test(n));
    for (const row of rowsAfter(text, header.index + header[0].length)) {
      const cell = row[row.length - 1 - fromEnd];
      if (cell) marks.push({ name: original.slice(cell.start, cell.end), start: cell.start, end: cell.end });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
