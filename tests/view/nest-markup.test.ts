import { describe, expect, it } from 'vitest';
import { nestMarkup, type Range } from '../../src/view/nest-markup.js';
import { escapeHtml } from '../../src/view/escape-html.js';

const r = (start: number, end: number, name: string): Range => ({ start, end, tag: 'b', open: `<b id="${name}">`, reopen: `<b class="${name}">` });

describe('nestMarkup', () => {
  it('escapes every character of the text once, markup or not', () => {
    const text = '<script>&"\'\r\n</style>';
    expect(nestMarkup(text, 0, text.length, [])).toBe('&lt;script&gt;&amp;&quot;&#39;&#13;\n&lt;/style&gt;');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });

  it('nests a range inside another, outer first when they start together', () => {
    expect(nestMarkup('一季度一主题', 0, 6, [r(0, 6, 'term'), r(0, 3, 'time')])).toBe('<b id="term"><b id="time">一季度</b>一主题</b>');
  });

  it('a range crossing the end of another is closed there and opened again after, without its id', () => {
    expect(nestMarkup('abcdef', 0, 6, [r(0, 4, 'x'), r(2, 6, 'y')])).toBe('<b id="x">ab<b id="y">cd</b></b><b class="y">ef</b>');
  });

  it('places inserts between characters and renders only the stretch asked for', () => {
    expect(nestMarkup('abcdef', 2, 5, [r(3, 4, 'x')], [{ at: 3, html: '<i></i>' }])).toBe('c<i></i><b id="x">d</b>e');
  });
});
