import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jiebaSegmenter } from '../../src/segment/jieba.js';
import { partOfSpeech, unknownWordTag } from '../../src/segment/part-of-speech.js';
import { fixturePath, fixturesDir } from '../helpers/fixtures.js';

/**
 * Extractors read words from `cut` and look tags up on demand (three times cheaper than
 * `tag`). That is only allowed if it changes nothing: here the two are compared word by
 * word with jieba's own `tag`, on every plan fixture and on text jieba has never seen.
 */
const segmenter = jiebaSegmenter();
const plans = readdirSync(fixturesDir)
  .filter((n) => /\.(txt|md)$/u.test(n) && !/utf16|gb18030/u.test(n))
  .map((n) => readFileSync(fixturePath(n), 'utf8'));

function differences(text: string): string[] {
  const tagged = segmenter.tag(text);
  const words = segmenter.cut(text);
  const out: string[] = [];
  if (tagged.length !== words.length) out.push(`${tagged.length} tagged vs ${words.length} cut`);
  tagged.forEach(({ word, tag }, i) => {
    const lazy = segmenter.posOf(words[i]!);
    if (words[i] !== word || lazy !== tag) out.push(`${word}/${tag} vs ${words[i]}/${lazy}`);
  });
  return out;
}

describe('cut + posOf is jieba tag', () => {
  it(`on all ${plans.length} plan fixtures`, () => {
    for (const text of plans) expect(differences(text)).toEqual([]);
  });

  const clauses = plans.flatMap((t) => t.split(/[，。；：、\n]/u)).filter(Boolean);
  const chars = [...new Set(plans.join('').replace(/\s/gu, ''))];

  it('on the corpus clauses glued in new orders (new contexts for the HMM)', () => {
    const glued = fc.array(fc.tuple(fc.constantFrom(...clauses), fc.constantFrom('', '，', ' ')), { minLength: 20, maxLength: 200 }).map((parts) => parts.map(([c, p]) => c + p).join(''));
    fc.assert(fc.property(glued, (text) => void expect(differences(text)).toEqual([])), { numRuns: 60 });
  });

  it('on random runs of the corpus characters (mostly words jieba invents)', () => {
    const noise = fc.array(fc.constantFrom(...chars), { minLength: 200, maxLength: 3000 }).map((c) => c.join(''));
    fc.assert(fc.property(noise, (text) => void expect(differences(text)).toEqual([])), { numRuns: 60 });
  });
});

describe('partOfSpeech fallbacks', () => {
  // A binding that re-cuts every word into characters, as jieba does with an HMM word such as 开足.
  const splitting = { tag: (text: string) => [...text].map((word) => ({ word, tag: 'zg' })) };
  const posOf = partOfSpeech(splitting, new Map([['教育局', 'nt']]), () => '开足 3 v\n大县 4 ns\n开足 5 vd');

  it('takes the user dictionary first, then the main dictionary (its later line), then the unknown-word rule', () => {
    expect(posOf('教育局')).toBe('nt');
    expect(posOf('开足')).toBe('vd');
    expect(posOf('大县')).toBe('ns');
    expect(posOf('所州级')).toBe('x');
  });

  it('gives unknown words jieba’s tags: m for digits, eng for ASCII, x otherwise', () => {
    expect([unknownWordTag('2022'), unknownWordTag('5G'), unknownWordTag('abc'), unknownWordTag('开足'), unknownWordTag('２０')]).toEqual(['m', 'eng', 'eng', 'x', 'x']);
  });
});
