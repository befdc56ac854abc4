import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBytes, type PlanDocument } from '../../src/index.js';
import { processFile } from '../../src/pipeline/process-file.js';
import { pdfText } from '../../src/input/pdf/pdf-text.js';
import { loadGrammars } from '../../src/grammar/load.js';
import { createReport } from '../../src/pipeline/report.js';
import { ownedSpans, sliceProblems, tilingProblems } from '../helpers/coverage.js';
import { fixturePath } from '../helpers/fixtures.js';
import { outlineOf, entitiesOf } from './same-plan.js';

/** PDFs made once from the corpus plans with LibreOffice (see fixtures/README.md here). */
const pdf = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const withoutSpaces = (text: string) => text.replace(/[ \u3000]/g, '');

describe.each([
  // Two-line running header (瓮安县教育局 / 2022年教育工作要点), "— 3 —" in the footer, indented paragraphs, 11 pages.
  ['瓮安2022', /^(?:瓮安县教育局|2022年教育工作要点|— \d+ —)$/m],
  // "第 3 页 共 6 页" in the footer, flush-left paragraphs spaced apart, 6 pages.
  ['桐庐2022', /^第\s*\d+\s*页\s*共\s*\d+\s*页$/m],
] as const)('%s.pdf', (name, furniture) => {
  let fromPdf: PlanDocument;
  let fromTxt: PlanDocument;
  let text: string;
  beforeAll(async () => {
    fromPdf = await parseBytes(pdf(`${name}.pdf`), { path: `${name}.pdf` });
    fromTxt = await parseBytes(readFileSync(fixturePath(`${name}.txt`)), { path: `${name}.txt` });
    text = await pdfText(pdf(`${name}.pdf`), loadGrammars(), createReport(name));
  }, 60_000);

  it('is read as a PDF', () => {
    expect(fromPdf.source).toMatchObject({ format: 'pdf', path: `${name}.pdf` });
  });

  it('has the outline of the .txt: the same section ids and titles', () => {
    expect(outlineOf(fromPdf)).toEqual(outlineOf(fromTxt));
    expect(fromPdf.meta).toEqual(fromTxt.meta);
  });

  it('has the entities of the .txt: metrics, times, policies, orgs and terms, in the same sections', () => {
    expect(entitiesOf(fromPdf)).toEqual(entitiesOf(fromTxt));
  });

  it('keeps page furniture out of the text, and nothing else', () => {
    expect(text).not.toMatch(furniture);
    // The paragraphs of the .txt, one per line; spaces aside (none is printed next to Chinese).
    // LibreOffice 7.4 left out one 、 it squeezed at the end of a line on page 1 of 瓮安: the PDF lacks it.
    const printed = name === '瓮安2022' ? (t: string) => t.replace('义务教育、高中教育', '义务教育高中教育') : (t: string) => t;
    const txt = readFileSync(fixturePath(`${name}.txt`), 'utf8').split('\n').filter((l) => l.trim() !== '').join('\n');
    expect(withoutSpaces(text)).toBe(withoutSpaces(printed(txt)) + '\n');
  });

  it('has no page number or running header inside a section title or an entity', () => {
    const texts = [...outlineOf(fromPdf), ...Object.values(entitiesOf(fromPdf)).flat()];
    expect(texts.filter((t) => /—\s*\d+\s*—|第\s*\d+\s*页|2022年教育工作要点瓮安|瓮安县教育局2022年教育工作要点/.test(t))).toEqual([]);
  });

  it('spans point into the extracted text and its blocks tile it', () => {
    expect(tilingProblems(fromPdf, text)).toEqual([]);
    expect(sliceProblems(fromPdf, text)).toEqual([]);
  });
});

describe('PDFs that are not read', () => {
  it.each([
    ['scanned.pdf', () => pdf('scanned.pdf'), /^no text layer: its 1 page has no text \(a scanned PDF needs OCR first\)$/],
    ['encrypted.pdf', () => pdf('encrypted.pdf'), /^encrypted PDF: it needs a password to open/],
    ['truncated.pdf', () => pdf('桐庐2022.pdf').subarray(0, 100_000), /^truncated PDF: it does not end with %%EOF/],
    ['damaged.pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41), Buffer.from('\n%%EOF\n')]), /^damaged PDF: /],
    ['not-a-pdf.pdf', () => Buffer.from('<html><body>404 Not Found</body></html>'), /^not a PDF file: it does not start with %PDF-$/],
  ])('%s is refused with one plain line', async (path, bytes, reason) => {
    const result = await processFile(bytes(), { path });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.reason).not.toMatch(/\n/);
    }
  });
});

describe('PDFs that look odd but are read', () => {
  it('a copy-protected PDF (an owner password, none to open it) is read', async () => {
    const doc = await parseBytes(pdf('protected.pdf'), { path: 'protected.pdf' });
    expect(doc.meta.title).toBe('桐庐县教育局2022年工作要点');
    expect(doc.sections[0]?.title).toBe('聚焦党建引领，高站位加强党对教育的全面领导');
  });

  it('a page without text amid text pages is a warning where its text would be', async () => {
    const doc = await parseBytes(pdf('mixed.pdf'), { path: 'mixed.pdf' });
    expect(doc.meta.title).toBe('桐庐县教育局2022年工作要点');
    const warning = doc.warnings.find((w) => w.code === 'pdf/page-without-text');
    expect(warning?.message).toBe('Page 2 of 2 has no text layer (a scanned page?): its content is missing here');
    // Page 2 comes last: its place is the end of the text.
    expect(warning?.span.start.offset).toBe(Math.max(...ownedSpans(doc).map((o) => o.span.end.offset)));
  });

  it('a PDF saved under a .txt name is read as the PDF it is', async () => {
    const doc = await parseBytes(pdf('桐庐2022.pdf'), { path: '桐庐2022.txt' });
    expect(doc.source.format).toBe('pdf');
    expect(doc.sections).toHaveLength(5);
  });
});
