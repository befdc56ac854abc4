import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/pipeline/normalize.js';
import { createLocator } from '../../src/pipeline/locate.js';

describe('normalize', () => {
  it.each([
    ['１２３．５％', '123.5%'],
    ['（一）加强；完成：', '(一)加强;完成:'],
    ['\u3000一、党建\u00a0引领', ' 一、党建 引领'],
    ['臨湘市教育體育局關於印發工作要點的通知', '临湘市教育体育局关于印发工作要点的通知'],
    // Small forms (U+FE50…) sit above the Han range's start, and are punctuation all the same.
    ['学校\ufe50幼儿园\ufe51家庭\ufe54', '学校,幼儿园、家庭;'],
    ['數據😀（二）', '数据😀(二)'],
  ])('%s → %s, same length', (input, expected) => {
    const { text } = normalize(input);
    expect(text).toBe(expected);
    expect(text.length).toBe(input.length);
  });

  it('leaves a simplified document alone even where a character has a traditional reading', () => {
    const input = '成效显著，为什么要乾坤未定。全县教育工作以高质量发展为统领，推进教育现代化。';
    expect(normalize(input).text).toBe(input.replace(/，/g, ','));
  });
});

describe('locate', () => {
  it('gives 1-based lines and columns and 0-based offsets across LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const locate = createLocator(text);
    expect(locate.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locate.point(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(locate.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(locate.point(11)).toEqual({ line: 4, column: 2, offset: 11 });
    expect(locate.span(4, 6)).toEqual({ start: { line: 2, column: 1, offset: 4 }, end: { line: 2, column: 3, offset: 6 } });
  });
});

describe('the traditional → simplified table', () => {
  it('the build wrote exactly the table OpenCC gives (runs read it instead of rebuilding it)', async () => {
    const { readFileSync } = await import('node:fs');
    const { traditionalMapFile } = await import('../../src/pipeline/traditional.js');
    const { buildTraditionalMap } = await import('../../src/pipeline/traditional-table.js');
    const built = buildTraditionalMap();
    expect(built.get('體')).toBe('体');
    expect(new Map(Object.entries(JSON.parse(readFileSync(traditionalMapFile, 'utf8')) as Record<string, string>))).toEqual(built);
  });
});
