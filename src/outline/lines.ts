/**
 * The text as lines: `start`/`end` bound the line's characters (no line break), `next`
 * is where the following line starts. `contentStart`/`contentEnd` skip white space,
 * including the no-break, en and ideographic spaces of converted documents.
 */
export type Line = { start: number; end: number; next: number; contentStart: number; contentEnd: number };

const SPACE = /[\s\u00a0\u2000-\u200b\u3000\ufeff]/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    const end = i;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    const next = code === -1 ? end : i + 1;
    let contentStart = start;
    while (contentStart < end && SPACE.test(text[contentStart]!)) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && SPACE.test(text[contentEnd - 1]!)) contentEnd--;
    lines.push({ start, end, next, contentStart, contentEnd });
    start = next;
    if (code === -1) break;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.contentStart === line.contentEnd;
