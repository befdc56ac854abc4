import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertOne } from '../../src/batch/convert-one.js';
import { htmlText } from '../../src/input/html.js';

const here = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function parsed(name: string, bytes?: Uint8Array) {
  const result = await convertOne({ path: name, file: here(name) }, bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

describe('.docx input', () => {
  it('reads paragraphs as lines, so headings and items make the outline', async () => {
    const document = await parsed('plan.docx');
    expect(document.source.format).toBe('docx');
    expect(document.sections.map((s) => [s.marker, s.title])).toEqual([
      ['一、', '加强党的建设'],
      ['二、', '推进教育发展'],
    ]);
    expect(document.sections[0]!.children[0]!.text).toBe('1.落实主体责任。全年开展培训3次，覆盖教师500名以上。\n');
  });

  it('a .docx that is not a zip is a failed input with a plain reason', async () => {
    const result = await convertOne({ path: 'fake.docx', file: 'fake.docx' }, new TextEncoder().encode('这不是Word文件'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^not a readable \.docx file/) });
  });
});

describe('.html input', () => {
  it('keeps visible text, one block per line, chrome included; drops script, style, head and hidden text', () => {
    const text = htmlText(readFileSync(here('plan.html'), 'utf8'));
    expect(text).toBe(
      [
        '首页 > 政务公开',
        '某某县教育局2023年工作要点',
        '来源：某某县教育局  发布时间：2023-03-01',
        '　　一、加强党的建设',
        '　　1.落实主体责任。全年开展培训3次，覆盖教师500名以上。',
        '　　二、推进教育发展',
        '　　2.新建幼儿园2所。',
        '2023年9月前投入使用。',
        '牵头单位\t县教育局',
        '分享到：微信 微博',
        '扫一扫在手机打开当前页',
        '',
      ].join('\n'),
    );
  });

  it('a GB2312 page decodes like a text file', async () => {
    // GB18030 bytes of <p>一、总体要求</p> built by hand: Node can decode GB18030 but not encode it.
    const gb = Buffer.from('3c703ed2bba1a2d7dccce5d2aac7f33c2f703e', 'hex');
    const document = await parsed('page.html', gb);
    expect(document.source.encoding).toBe('gb18030');
    expect(document.sections[0]?.title).toBe('总体要求');
  });
});
