import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBytes, type PlanDocument } from '../../src/index.js';
import { processFile } from '../../src/pipeline/process-file.js';
import { fixturePath } from '../helpers/fixtures.js';
import { entitiesOf, outlineOf } from './same-plan.js';

/** Made once from 大邑2021.txt with LibreOffice (see fixtures/README.md here): a header and footer, not body text. */
const doc = readFileSync(fileURLToPath(new URL('./fixtures/大邑2021.doc', import.meta.url)));

describe('.doc (Word 97–2003)', () => {
  let fromDoc: PlanDocument;
  let fromTxt: PlanDocument;
  beforeAll(async () => {
    fromDoc = await parseBytes(doc, { path: '大邑2021.doc' });
    fromTxt = await parseBytes(readFileSync(fixturePath('大邑2021.txt')), { path: '大邑2021.txt' });
  });

  it('has the outline, meta and entities of the .txt, curly quotes kept', () => {
    expect(fromDoc.source.format).toBe('doc');
    expect(outlineOf(fromDoc)).toEqual(outlineOf(fromTxt));
    expect(fromDoc.meta).toEqual(fromTxt.meta);
    expect(entitiesOf(fromDoc)).toEqual(entitiesOf(fromTxt));
    expect(fromDoc.terms.map((t) => t.text)).toContain('“五好”');
  });

  it('leaves the header and footer out of the text', () => {
    const all = JSON.stringify([fromDoc.frontMatter, fromDoc.preamble, fromDoc.backMatter]);
    expect(all).not.toMatch(/大邑县教育局|-\d+-/);
  });

  it('a .wps that WPS Office saved as Word 97–2003 is read as the .doc it is', async () => {
    const wps = await parseBytes(doc, { path: '大邑2021.wps' });
    expect(wps.source.format).toBe('doc');
    expect(outlineOf(wps)).toEqual(outlineOf(fromTxt));
  });

  it('a .doc that is a .docx inside is read as .docx; a web page saved as .doc, as HTML', async () => {
    const docx = readFileSync(fileURLToPath(new URL('../batch/fixtures/plan.docx', import.meta.url)));
    expect((await parseBytes(docx, { path: 'plan.doc' })).source.format).toBe('docx');
    const page = await parseBytes(Buffer.from('<html><body><p>一、总体要求</p><p>1.开展培训3次。</p></body></html>'), { path: 'page.doc' });
    expect(page.source.format).toBe('html');
    expect(page.sections[0]?.title).toBe('总体要求');
  });

  it('a .doc that is no Word file is refused with a plain reason', async () => {
    const result = await processFile(Buffer.from('这不是Word文件'), { path: 'fake.doc' });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^not a readable Word 97–2003 \(\.doc\) file: /) });
  });
});
