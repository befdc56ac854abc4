/** Cells of a flattened table row: separated by tabs or by two or more spaces. */
const CELL = /[^\t ]+(?: [^\t ]+)*/gu;

export type Cell = { text: string; start: number; end: number };

/** The cells of one line of a flattened table, with offsets absolute in the document. */
export function cellsOf(line: string, offset: number): Cell[] {
  return [...line.matchAll(CELL)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/**
 * The rows under a table header, as cells, until the first line that is not a row (fewer
 * than two cells). `headerEnd` is the offset just after the header line.
 */
export function* rowsAfter(text: string, headerEnd: number): Generator<Cell[]> {
  let at = headerEnd + 1;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const cells = cellsOf(text.slice(at, lineEnd), at);
    if (cells.length < 2) return;
    yield cells;
    at = lineEnd + 1;
  }
}
