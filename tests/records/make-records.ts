import { readFileSync } from 'node:fs';
import { corpus, fixturePath } from '../helpers/fixtures.js';

/** Lines a real stream of records brings now and then, with the path (or null) its error line must name. */
export const brokenRecords: readonly { line: string; path: string | null }[] = [
  { line: 'not JSON at all', path: null },
  { line: '', path: null },
  { line: '{"path": "cut-off.txt", "text": "一、总体', path: null },
  { line: JSON.stringify({ path: 'no-text.txt' }), path: 'no-text.txt' },
  { line: JSON.stringify({ path: 'blank.txt', text: ' \n ' }), path: 'blank.txt' },
  { line: JSON.stringify({ path: 'image.png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0]).toString('base64') }), path: 'image.png' },
  { line: JSON.stringify({ path: 'bad64.txt', base64: '!!not base64!!' }), path: 'bad64.txt' },
  { line: JSON.stringify(['a', 'list']), path: null },
];

/**
 * `count` records as JSON Lines: short plans cut from the corpus (a title line, then a
 * different run of its lines each time, so no two are alike and each parses in milliseconds),
 * as text or, every third, as base64 of UTF-16 bytes with a BOM. Every `brokenEvery`-th line is a broken
 * record instead (0: none).
 */
export function makeRecords(count: number, brokenEvery = 0): { lines: string[]; broken: number } {
  const plans = corpus.map((name) => readFileSync(fixturePath(name), 'utf8').split('\n'));
  const lines: string[] = [];
  let broken = 0;
  for (let i = 0; i < count; i++) {
    if (brokenEvery > 0 && i % brokenEvery === brokenEvery - 1) {
      lines.push(brokenRecords[broken++ % brokenRecords.length]!.line);
      continue;
    }
    const plan = plans[i % plans.length]!;
    const from = 1 + ((i * 7) % Math.max(1, plan.length - 20));
    const text = [`${plan[0]}（第${i + 1}份）`, ...plan.slice(from, from + 3 + (i % 5))].join('\n');
    const path = `plans/${corpus[i % corpus.length]!.replace('.txt', '')}-${i}.txt`;
    lines.push(JSON.stringify(i % 3 === 2 ? { path, base64: Buffer.from('\uFEFF' + text, 'utf16le').toString('base64') } : { path, text }));
  }
  return { lines, broken };
}
