import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { createReport } from '../../src/pipeline/report.js';
import { buildOutline } from '../../src/outline/build-outline.js';
import { blocksOf } from '../../src/outline/blocks.js';
import { loadGrammars } from '../../src/grammar/load.js';
import { jiebaSegmenter } from '../../src/segment/jieba.js';
import { prepareWords, tagBlock, wordsAround, type Token } from '../../src/extract/block-tokens.js';
import type { DocContext } from '../../src/extract/types.js';
import { fixturePath, fixturesDir } from '../helpers/fixtures.js';

/**
 * Extractors cut only the clauses they look at. That is only right if a clause is cut exactly
 * as it is inside its whole block: checked here for every clause of every plan fixture, and
 * for a clause list split inside an aside (正副校(园、所)长 stays one word).
 */
const grammars = loadGrammars();
const segmenter = jiebaSegmenter();
const plain = (tokens: readonly Token[]) => tokens.map((t) => `${t.start}-${t.end}:${t.word}/${t.tag}`);

function contextOf(original: string): DocContext {
  const norm = normalize(original);
  const outline = buildOutline(norm, 'text', grammars, createReport('test'));
  return { text: norm.text, original, blocks: blocksOf(outline), meta: outline.meta, grammars, segmenter, warn: () => undefined };
}

describe('wordsAround', () => {
  const plans = readdirSync(fixturesDir).filter((n) => n.endsWith('.txt') && !/utf16|gb18030|empty/u.test(n));
  const aside = '一、队伍建设\n选派76名正副校(园、所)长，到省内外名校跟岗挂职学习；招聘教师196名。\n';

  it.each([...plans, 'aside'])('cuts every clause of %s as its block is cut', (name) => {
    const doc = contextOf(name === 'aside' ? aside : readFileSync(fixturePath(name), 'utf8'));
    let clauses = 0;
    for (const block of doc.blocks) {
      const whole = tagBlock(segmenter, doc.text.slice(block.start, block.end), block.start);
      for (let at = block.start; at < block.end; ) {
        const words = wordsAround(doc, block, at, at);
        expect(words.length).toBeGreaterThan(0);
        const from = words[0]!.start;
        const to = words.at(-1)!.end;
        expect(plain(words)).toEqual(plain(whole.filter((t) => t.start >= from && t.end <= to)));
        at = Math.max(to, at + 1);
        clauses++;
      }
    }
    expect(clauses).toBeGreaterThan(doc.blocks.length);
  });

  it('keeps an aside whole and widens to every clause a span touches', () => {
    const doc = contextOf(aside);
    const block = doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes('正副'))!;
    const at = doc.text.indexOf('正副');
    // 校长 is one word whose span runs across the aside, though the aside holds a clause mark.
    const principal = wordsAround(doc, block, at, at + 2).find((t) => t.word === '校长')!;
    expect(doc.text.slice(principal.start, principal.end)).toBe('校(园、所)长');
    const both = wordsAround(doc, block, at, doc.text.indexOf('招聘') + 1);
    expect(both.map((t) => t.word)).toEqual(expect.arrayContaining(['校长', '学习', '招聘']));
  });

  it('prepareWords cuts ahead exactly what wordsAround gives, so no clause is cut twice', () => {
    const text = readFileSync(fixturePath('瓮安2022.txt'), 'utf8');
    let cuts = 0;
    const counting = { ...segmenter, cut: (t: string) => (cuts++, segmenter.cut(t)) };
    const doc = { ...contextOf(text), segmenter: counting };
    const needs = doc.blocks.flatMap((block) => [...doc.text.slice(block.start, block.end).matchAll(/\d+名|教育局/gu)].map((m) => ({ block, start: block.start + m.index, end: block.start + m.index + m[0].length })));
    prepareWords(doc, needs);
    const ahead = cuts;
    expect(ahead).toBeGreaterThan(5);
    for (const { block, start, end } of needs) {
      const whole = tagBlock(segmenter, doc.text.slice(block.start, block.end), block.start);
      const words = wordsAround(doc, block, start, end);
      expect(plain(words)).toEqual(plain(whole.filter((t) => t.start >= words[0]!.start && t.end <= words.at(-1)!.end)));
    }
    expect(cuts).toBe(ahead);
  });
});
