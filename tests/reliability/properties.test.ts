import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBytes, processFile } from '../../src/index.js';
import { PlanDocumentSchema } from '../../src/schema/index.js';
import { sliceProblems, tilingProblems } from '../helpers/coverage.js';
import { decode } from '../../src/pipeline/decode.js';
import { createReport } from '../../src/pipeline/report.js';
import { htmlText } from '../../src/input/html.js';
import { fixturePath } from '../helpers/fixtures.js';

/**
 * Whatever bytes come in, a document that comes out is schema-valid, loses no character,
 * slices every span to its text and is the same on a second run; and nothing throws except a
 * refusal with a plain reason. Runs are few per property (each parse runs jieba) but seeded
 * differently on every run, and fast-check prints the seed and the shrunk input of a failure.
 */
const corpus = ['瓮安2022.txt', '桐庐2022.txt', '大邑2021.txt', '清远2022.txt', '巫山2023.txt'].map((n) => readFileSync(fixturePath(n), 'utf8'));

async function checkBytes(bytes: Uint8Array, path = 'plan.txt'): Promise<void> {
  const result = await processFile(bytes, { path });
  if (!result.ok) {
    // A refusal is a plain one-line reason, never a crash dressed up as one.
    expect(result.reason).not.toMatch(/\n|cannot process file/);
    return;
  }
  const doc = result.document;
  const parsed = PlanDocumentSchema.safeParse(doc);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  // Spans point into the decoded text (of an HTML page: its visible text), what the parser read.
  const decoded = decode(bytes, createReport(path)).text;
  const source = path.endsWith('.html') ? htmlText(decoded) : decoded;
  expect(tilingProblems(doc, source)).toEqual([]);
  expect(sliceProblems(doc, source)).toEqual([]);
  const again = await parseBytes(bytes, { path });
  expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const lineEdit = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: cjk }),
);

/** A corpus plan with its lines deleted, duplicated, swapped and random Chinese inserted. */
const mutatedPlan = fc.tuple(fc.nat({ max: corpus.length - 1 }), fc.array(lineEdit, { minLength: 1, maxLength: 12 })).map(([which, edits]) => {
  const lines = corpus[which]!.split('\n');
  for (const e of edits) {
    const at = e.at % Math.max(lines.length, 1);
    if (e.op === 'delete' && lines.length > 1) lines.splice(at, 1);
    else if (e.op === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (e.op === 'swap') {
      const to = e.to % lines.length;
      [lines[at], lines[to]] = [lines[to]!, lines[at]!];
    } else if (e.op === 'insert') lines.splice(at, 0, e.text);
  }
  return lines.join('\n');
});

/** A corpus plan's UTF-8 bytes with some bytes flipped, then maybe cut mid-character. */
const damagedBytes = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 20 }), fc.option(fc.nat()))
  .map(([which, flips, cut]) => {
    const bytes = utf8(corpus[which]!);
    for (const [at, mask] of flips) bytes[at % bytes.length] = bytes[at % bytes.length]! ^ mask;
    // At least 5,000 bytes, so 20 flips stay "a few" (under the 5% of replaced characters that makes bytes not text).
    return cut === null ? bytes : bytes.slice(0, 5000 + (cut % (bytes.length - 5000)));
  });

describe('properties on hostile input', () => {
  it('arbitrary Unicode strings (lone surrogates, controls, every plane)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkBytes(utf8(s))), { numRuns: 60 });
  });

  it('arbitrary bytes, as text, Markdown and HTML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('x.txt', 'x.md', 'x.html'), (bytes, path) => checkBytes(bytes, path)),
      { numRuns: 60 },
    );
  });

  it('corpus plans with lines deleted, duplicated, swapped and random Chinese inserted', async () => {
    await fc.assert(fc.asyncProperty(mutatedPlan, (text) => checkBytes(utf8(text))), { numRuns: 25 });
  });

  it('corpus plans with flipped bytes and truncated UTF-8 are still read, with warnings', async () => {
    await fc.assert(
      fc.asyncProperty(damagedBytes, async (bytes) => {
        await checkBytes(bytes);
        // A plan with a few damaged bytes is still a plan: it is read, not refused.
        const result = await processFile(bytes, { path: 'plan.txt' });
        expect(result.ok ? 'read' : result.reason).toBe('read');
      }),
      { numRuns: 25 },
    );
  });
}, 120_000);
