/** Code points a terminal shows two columns wide: CJK, Hangul, full-width forms, and the like. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How many terminal columns a string takes (no escape codes in it). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/**
 * Lines of at most `width` columns. Chinese has no spaces to break at, so a line breaks at any
 * character; line breaks in the text are kept. An empty text is one empty line.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/u)) {
    let line = '';
    let used = 0;
    for (const c of paragraph) {
      const w = WIDE.test(c) ? 2 : 1;
      if (used + w > width && line !== '') {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += c;
      used += w;
    }
    lines.push(line);
  }
  return lines;
}

/** Pads with spaces to `width` columns. */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
