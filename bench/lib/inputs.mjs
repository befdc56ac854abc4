import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './measure.mjs';

export const corpusNames = ['瓮安2022', '桐庐2022', '大邑2021', '清远2022', '巫山2023'];
export const outDir = join(root, 'bench/out');

export function corpusTexts() {
  return corpusNames.map((n) => readFileSync(join(root, 'fixtures', `${n}.txt`), 'utf8'));
}

/** The corpus plans, cycled, until they add up to `bytes` of UTF-8. */
export function repeatedCorpus(bytes) {
  const texts = corpusTexts();
  const out = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const text = texts[i % texts.length];
    out.push(text);
    total += Buffer.byteLength(text);
  }
  return { texts: out, bytes: total };
}

/** The corpus plans, cycled, as one file of about `bytes` (the whole-process row's BIG.txt). */
export function bigPlan(bytes) {
  const file = join(outDir, `big-${bytes}.txt`);
  if (existsSync(file)) return file;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(file, repeatedCorpus(bytes).texts.join('\n'));
  return file;
}

/**
 * A folder of `count` plans: the corpus cycled, each copy with its own first line so the files
 * differ (a batch of identical files would flatter any cache).
 */
export function planFolder(count) {
  const dir = join(outDir, `batch-${count}`);
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  mkdirSync(dir, { recursive: true });
  const texts = corpusTexts();
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length];
    writeFileSync(join(dir, `plan-${String(i).padStart(5, '0')}.txt`), `（第${i + 1}份）${text}`);
  }
  return dir;
}

/**
 * The plans of `planFolder(count)` split into two folders of half as many each, for two
 * independent processes that do between them the work of one.
 */
export function planHalves(count) {
  const whole = planFolder(count);
  const names = readdirSync(whole).sort();
  return [names.slice(0, names.length >> 1), names.slice(names.length >> 1)].map((part, i) => {
    const dir = join(outDir, `batch-${count}-half-${i}`);
    if (existsSync(dir) && readdirSync(dir).length === part.length) return dir;
    mkdirSync(dir, { recursive: true });
    for (const name of part) writeFileSync(join(dir, name), readFileSync(join(whole, name)));
    return dir;
  });
}

/**
 * One plan of about `bytes`: the title and preamble of 瓮安 once, then the body sections of
 * the corpus repeated, so the outline keeps growing as a real long plan's would.
 */
export function longPlan(bytes) {
  const file = join(outDir, `long-${bytes}.txt`);
  if (existsSync(file)) return file;
  mkdirSync(outDir, { recursive: true });
  const [head, ...rest] = corpusTexts();
  const parts = [head];
  let total = Buffer.byteLength(head);
  for (let i = 0; total < bytes; i++) {
    const body = rest[i % rest.length];
    parts.push(body);
    total += Buffer.byteLength(body);
  }
  writeFileSync(file, parts.join('\n'));
  return file;
}

/**
 * The same plans as `planFolder(count)`, as one file of JSON Lines records {"path", "text"} for
 * `parse --records -`.
 */
export function recordsFile(count) {
  const file = join(outDir, `records-${count}.jsonl`);
  if (existsSync(file)) return file;
  mkdirSync(outDir, { recursive: true });
  const texts = corpusTexts();
  const lines = [];
  for (let i = 0; i < count; i++) {
    const name = `plan-${String(i).padStart(5, '0')}.txt`;
    lines.push(JSON.stringify({ path: name, text: `（第${i + 1}份）${texts[i % texts.length]}` }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
