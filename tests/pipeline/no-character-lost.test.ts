import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBytes, parseText } from '../../src/index.js';
import { InputError } from '../../src/pipeline/decode.js';
import { decodedSource, sliceProblems, tilingProblems } from '../helpers/coverage.js';
import { fixtureInputs, fixturePath } from '../helpers/fixtures.js';

/**
 * Every character of the decoded input belongs to exactly one of front matter, preamble,
 * a section or back matter, and every span slices to its text.
 */
describe('no character lost', () => {
  const inputs = fixtureInputs().filter((n) => n !== 'empty.txt');

  it.each(inputs)('%s: blocks tile the source, spans slice to their text', async (name) => {
    const bytes = readFileSync(fixturePath(name));
    const doc = await parseBytes(bytes, { path: name });
    const source = decodedSource(bytes);
    expect(tilingProblems(doc, source)).toEqual([]);
    expect(sliceProblems(doc, source)).toEqual([]);
  });

  const pieces = [
    '一、', '二、', '（一）', '(二)', '〔三〕', '1.', '2．', '3、', '（1）', '①', '第一部分 ', '一是', '二是', '序号\t任务\t牵头单位\n',
    '加强党建', '。', '，', '；', '：', '\n', '\r\n', '\r', ' ', '\u3000', '\u00a0', '2023年', '工作要点', '关于印发', '的通知',
    '（此件主动公开）', '2023年3月27日', '来源:本网', '扫一扫', '分享:', '[bookmark: _Toc1]', '县教育局', '《方案》', '“双减”', '95%',
    '臨湘市', 'x', '#', '## ', '- ', '**', '```\n',
  ];
  const plan = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 60 }).map((p) => p.join(''));

  it('holds on random plans built from real pieces', async () => {
    await fc.assert(
      fc.asyncProperty(plan, fc.constantFrom('x.txt', 'x.md'), async (text, path) => {
        let doc;
        try {
          doc = await parseText(text, { path });
        } catch (error) {
          if (error instanceof InputError && text.trim() === '') return; // white space only: refused by design
          throw error;
        }
        expect(tilingProblems(doc, text)).toEqual([]);
        expect(sliceProblems(doc, text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
