import { describe, expect, it } from 'vitest';
import { pageLines, type Line, type TextItem } from '../../src/input/pdf/page-lines.js';
import { removeFurniture } from '../../src/input/pdf/page-furniture.js';
import { joinLines } from '../../src/input/pdf/join-lines.js';
import { loadGrammars } from '../../src/grammar/load.js';

const grammars = loadGrammars();
/** An A4 page seen through PDF.js's viewport at scale 1: y flips, the origin moves to the top. */
const A4 = [1, 0, 0, -1, 0, 842];
/** A text item at (x, baseline y) in PDF user space, 12 pt unless given. */
const item = (str: string, x: number, y: number, width = str.length * 12, size = 12): TextItem => ({ str, transform: [size, 0, 0, size, x, y], width });

describe('pageLines: text items back into lines by position', () => {
  it('reads top to bottom, then left to right, whatever order the items come in', () => {
    const lines = pageLines([item('第二行', 80, 700), item('行的后半', 104, 760), item('第一', 80, 760)], A4);
    expect(lines.map((l) => l.text)).toEqual(['第一行的后半', '第二行']);
    expect(lines[0]).toMatchObject({ left: 80, right: 152, y: 82, size: 12 });
  });

  it('joins items on one baseline without the narrow gaps of justified Chinese or of 2022 年', () => {
    expect(pageLines([item('2022', 80, 700, 24), item('年', 107, 700), item('全县', 120, 700)], A4)[0]!.text).toBe('2022年全县');
  });

  it('puts a space where the gap is wide: a word space in Latin text, a full character cell next to Chinese', () => {
    expect(pageLines([item('Page', 80, 700, 24), item('one', 108, 700, 18)], A4)[0]!.text).toBe('Page one');
    expect(pageLines([item('序号', 80, 700), item('任务', 140, 700)], A4)[0]!.text).toBe('序号 任务');
  });

  it('drops the spaces PDF.js reports inside an item next to Chinese, keeps them between Latin words', () => {
    expect(pageLines([item('1. 加强 党建', 80, 700)], A4)[0]!.text).toBe('1.加强党建');
    expect(pageLines([item('Page  one', 80, 700)], A4)[0]!.text).toBe('Page one');
  });

  it('keeps a raised footnote mark on its line', () => {
    expect(pageLines([item('开展培训', 80, 700), item('1', 128, 704, 4, 7), item('次。', 132, 700)], A4).map((l) => l.text)).toEqual(['开展培训1次。']);
  });

  it('sets aside text that does not run left to right (a rotated stamp)', () => {
    const rotated: TextItem = { str: '内部资料', transform: [0, 12, -12, 0, 40, 400], width: 48 };
    expect(pageLines([rotated, item('正文', 80, 700)], A4).map((l) => l.text)).toEqual(['正文']);
  });

  it('reads a page with /Rotate 90 the right way up through its viewport', () => {
    // Such a page draws its text turned a quarter; PDF.js's viewport turns it back: user x becomes y.
    const turned = (str: string, x: number): TextItem => ({ str, transform: [0, 12, -12, 0, x, 80], width: 12 });
    expect(pageLines([turned('后', 700), turned('先', 600)], [0, 1, 1, 0, 0, 0]).map((l) => l.text)).toEqual(['先', '后']);
  });
});

/** A line of body text; `full` lines reach the right edge of a 80–520 block. */
const line = (text: string, y: number, opts: { left?: number; right?: number; size?: number } = {}): Line => ({
  text,
  left: opts.left ?? 80,
  right: opts.right ?? 80 + text.length * 12,
  y,
  size: opts.size ?? 12,
});
const full = (text: string, y: number) => line(text, y, { right: 520 });

describe('removeFurniture: running headers, footers and page numbers', () => {
  const body = ['', '甲', '乙', '丙', '丁'];
  const page = (n: number, top: Line[], bottom: Line[]) => [...top, full(`正文${body[n]}`, 100), line(`正文${body[n]}完。`, 126), ...bottom];

  it.each([
    ['— 3 —', (n: number) => `— ${n} —`],
    ['-3-', (n: number) => `-${n}-`],
    ['第3页 共12页', (n: number) => `第${n}页 共12页`],
    ['第 3 页', (n: number) => `第 ${n} 页`],
    ['a lone 3', (n: number) => `${n}`],
    ['3/12', (n: number) => `${n}/12`],
  ])('a page number printed as %s', (_what, printed) => {
    const pages = [1, 2, 3].map((n) => page(n, [], [line(printed(n), 800, { left: 290 })]));
    expect(removeFurniture(pages, grammars).map((p) => p.map((l) => l.text).at(-1))).toEqual(['正文甲完。', '正文乙完。', '正文丙完。']);
  });

  it('a two-line header repeated on most pages, even one that carries the page number', () => {
    const header = (n: number) => [line('某某县教育局', 40, { left: 270 }), line(`2023年工作要点 第${n}页`, 52, { left: 250 })];
    const pages = [1, 2, 3, 4].map((n) => page(n, n === 1 ? [] : header(n), [line(`${n}`, 800)]));
    expect(removeFurniture(pages, grammars).map((p) => p.length)).toEqual([2, 2, 2, 2]);
  });

  it('keeps a line seen at the top of one page only (the title), and numbers inside the body', () => {
    const pages = [[line('某某县2023年工作要点', 60, { left: 200 }), full('正文', 100), line('3', 126), full('正文', 152)], page(2, [], [])];
    expect(removeFurniture(pages, grammars)[0]!.map((l) => l.text)).toEqual(['某某县2023年工作要点', '正文', '3', '正文']);
  });
});

describe('joinLines: lines broken by the page width joined, paragraphs kept', () => {
  const text = (...pages: Line[][]) => joinLines(pages, grammars).text;

  it('joins a line that fills the width to the next, across a page break too', () => {
    expect(text([line('一、总体要求', 60), full('1.加强党建。全面落实从严治党主体', 86)], [line('责任，开展培训3次。', 60)])).toBe('一、总体要求\n1.加强党建。全面落实从严治党主体责任，开展培训3次。\n');
  });

  it('starts a new line at a heading marker, even after a full line without punctuation', () => {
    expect(text([full('加强党建全面落实从严治党主体责任', 60), line('（一）强化政治建设', 86), full('开展培训', 112), line('①每季度一次', 138)])).toBe(
      '加强党建全面落实从严治党主体责任\n（一）强化政治建设\n开展培训\n①每季度一次\n',
    );
  });

  it('starts a new line after a sentence end in a document that does not mark paragraphs otherwise', () => {
    expect(text([full('开展培训3次。', 60), line('新建幼儿园2所。', 86)])).toBe('开展培训3次。\n新建幼儿园2所。\n');
  });

  it('in a document that indents its paragraphs, a full line ending in 。 goes on when the next is not indented', () => {
    const indented = (t: string, y: number, right?: number) => line(t, y, { left: 104, ...(right ? { right } : {}) });
    const lines = [
      indented('一、总体要求', 60), indented('短段落。', 86), indented('另一段。', 112), indented('第三段。', 138),
      indented('1.加强党建。全面落实从严治党主体责任。', 164, 520), line('开展培训3次。', 190),
    ];
    expect(text(lines)).toBe('一、总体要求\n短段落。\n另一段。\n第三段。\n1.加强党建。全面落实从严治党主体责任。开展培训3次。\n');
  });

  it('tells where each page starts in the text; a page without body text, where the next one does', () => {
    expect(joinLines([[line('甲。', 60)], [], [line('乙。', 60)], []], grammars)).toEqual({ text: '甲。\n乙。\n', pageStarts: [0, 3, 3, 6] });
  });

  it('joins a long title wrapped onto a second centred line', () => {
    const title = [line('关于印发《某某县教育局2023年工作要点》', 60, { left: 85, right: 515, size: 16 }), line('的通知', 84, { left: 276, right: 324, size: 16 })];
    expect(text([...title, full('各学校：', 120)])).toBe('关于印发《某某县教育局2023年工作要点》的通知\n各学校：\n');
  });
});
