import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnBin } from '../cli/spawn-bin.js';
import { fixturePath } from '../helpers/fixtures.js';

/**
 * Every kind of bad input, each next to a good plan in one batch through the real CLI: one
 * plain line naming the file and the reason, the good plan still converted, the right exit
 * code, and nothing half-written in --out.
 */
let root: string;
const plan = readFileSync(fixturePath('瓮安2022.txt'), 'utf8');
const gb18030 = readFileSync(fixturePath('encoding-gb18030.txt'));
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  randomBytes(2000),
]);
/** PDFs made once with LibreOffice, qpdf and img2pdf: tests/input/fixtures/README.md. */
const madePdf = (name: string) => readFileSync(new URL(`../input/fixtures/${name}`, import.meta.url));
const hook = new URL('./vanish-hook.mjs', import.meta.url).pathname;
const asRoot = process.getuid?.() === 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plan-extract-bad-'));
  writeFileSync(join(root, 'good.txt'), plan);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Run = { code: number | null; failures: string[]; documents: string[]; outFiles: string[] };

/** `parse good.txt INPUT --jsonl --out DIR`, read back: failure lines, converted paths, files left in DIR. */
async function batch(input: string, options: { jobs?: string; nodeArgs?: string[] } = {}): Promise<Run> {
  const out = join(root, `out-${Math.random().toString(36).slice(2)}`);
  const r = await spawnBin(['parse', 'good.txt', input, '--jsonl', '--out', out, '--jobs', options.jobs ?? '2'], { cwd: root, ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}) });
  const lines = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('converted '));
  const outFiles = readdirSync(out);
  const documents = readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
  return { code: r.code, failures: lines, documents, outFiles };
}

describe('bad input, one at a time next to a good plan', () => {
  it.each<[string, (path: string) => void, RegExp]>([
    ['empty.txt', (p) => writeFileSync(p, ''), /^empty\.txt: empty file$/],
    ['blank.txt', (p) => writeFileSync(p, ' \n\t\r\n\u3000\n'), /^blank\.txt: no text: the file is empty or only white space$/],
    ['picture.png.txt', (p) => writeFileSync(p, PNG), /^picture\.png\.txt: binary file, not text$/],
    ['huge.txt', (p) => writeFileSync(p, Buffer.alloc(50_000_000, '教育'.repeat(1000))), /^huge\.txt: too large: 50 MB \(the limit is 32 MB; raise it with --max-size\)$/],
    ['dir.txt', (p) => mkdirSync(p), /^dir\.txt: no supported files$/],
    ['broken.txt', (p) => symlinkSync(join(root, 'nowhere.txt'), p), /^broken\.txt: broken symbolic link$/],
    ['random.txt', (p) => writeFileSync(p, randomBytes(4096)), /^random\.txt: (binary file, not text|undecodable bytes: neither UTF-8 nor GB18030 \(use --encoding to force one\))$/],
    ['scanned.pdf', (p) => writeFileSync(p, madePdf('scanned.pdf')), /^scanned\.pdf: no text layer: its 1 page has no text \(a scanned PDF needs OCR first\)$/],
    ['encrypted.pdf', (p) => writeFileSync(p, madePdf('encrypted.pdf')), /^encrypted\.pdf: encrypted PDF: it needs a password to open; save an unprotected copy$/],
    ['truncated.pdf', (p) => writeFileSync(p, madePdf('桐庐2022.pdf').subarray(0, 100_000)), /^truncated\.pdf: truncated PDF: it does not end with %%EOF \(was the download cut short\?\)$/],
    ['plan.ofd', (p) => writeFileSync(p, 'PK\x03\x04 OFD.xml'), /^plan\.ofd: \.ofd \(OFD\) is not supported: export it as PDF or \.docx$/],
  ])('%s', async (name, make, reason) => {
    make(join(root, name));
    const r = await batch(name);
    expect(r.code).toBe(1);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(reason);
    expect(r.documents).toEqual(['good.txt']);
    expect(r.outFiles).toEqual(['documents.jsonl']);
  }, 60_000);

  it('a directory met inside a folder is reported as one', async () => {
    mkdirSync(join(root, 'folder', 'sub.txt'), { recursive: true });
    writeFileSync(join(root, 'folder', 'plan.txt'), plan);
    const r = await batch('folder');
    expect(r.code).toBe(1);
    expect(r.failures).toEqual(['folder/sub.txt: is a directory, not a file']);
    expect(r.documents).toEqual(['folder/plan.txt', 'good.txt']);
  }, 60_000);

  it.skipIf(asRoot)('a file without read permission', async () => {
    writeFileSync(join(root, 'locked.txt'), plan);
    chmodSync(join(root, 'locked.txt'), 0o000);
    const r = await batch('locked.txt');
    expect(r.code).toBe(1);
    expect(r.failures).toEqual(['locked.txt: permission denied']);
    expect(r.documents).toEqual(['good.txt']);
  });

  it('a file deleted between listing and reading', async () => {
    writeFileSync(join(root, 'vanishes.txt'), plan);
    const r = await batch('vanishes.txt', { jobs: '1', nodeArgs: ['--import', hook] });
    expect(r.code).toBe(1);
    expect(r.failures).toEqual(['vanishes.txt: no such file: it vanished after it was listed']);
    expect(r.documents).toEqual(['good.txt']);
  }, 60_000);
});

describe('input that looks bad but is a plan', () => {
  it.each<[string, () => Buffer, string]>([
    ['utf16-no-bom.txt', () => Buffer.from(plan, 'utf16le'), 'utf-16le'],
    ['mixed.txt', () => Buffer.concat([Buffer.from(plan), Buffer.from('\n'), gb18030]), 'utf-8+gb18030'],
    ['cut-mid-character.txt', () => Buffer.from(plan).subarray(0, 10_001), 'utf-8'],
  ])('%s is converted', async (name, bytes, encoding) => {
    writeFileSync(join(root, name), bytes());
    const out = join(root, `out-${name}`);
    const r = await spawnBin(['parse', name, '--json', '--out', out], { cwd: root });
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, name.replace(/\.txt$/, '.json')), 'utf8')) as { source: { encoding: string }; meta: { title?: string }; sections: unknown[] };
    expect(doc.source.encoding).toBe(encoding);
    expect(doc.meta.title).toBe('瓮安县2022年教育工作要点');
    expect(doc.sections.length).toBeGreaterThan(0);
  }, 60_000);

  it('a file over the size limit is read when the limit is raised', async () => {
    writeFileSync(join(root, 'long.txt'), plan.repeat(25));
    const refused = await spawnBin(['parse', 'long.txt', '--max-size', '0.1', '--out', join(root, 'out-long1')], { cwd: root });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^long\.txt: too large: 0\.6 MB \(the limit is 0\.1 MB; raise it with --max-size\)$/m);
    const read = await spawnBin(['parse', 'long.txt', '--max-size', '1', '--out', join(root, 'out-long2')], { cwd: root });
    expect(read.code).toBe(0);
  }, 60_000);
});

describe('an --out that cannot be written', () => {
  it.each([
    ['an existing file', () => writeFileSync(join(root, 'taken'), 'keep me'), 'taken'],
    ['a folder under a file', () => writeFileSync(join(root, 'taken2'), 'keep me'), 'taken2/out'],
  ])('%s: usage error before any work, nothing changed', async (_what, make, out) => {
    make();
    const r = await spawnBin(['parse', 'good.txt', '--out', out], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^plan-extract: cannot write to --out ${out}: `));
    expect(readFileSync(join(root, out.split('/')[0]!), 'utf8')).toBe('keep me');
  });
});

describe('a few hundred broken and hostile files in one batch', () => {
  it('converts every good one and reports every bad one once', async () => {
    const dir = join(root, 'hostile');
    mkdirSync(dir);
    const good: string[] = [];
    const makers: Array<(i: number) => Buffer | string> = [
      () => '',
      () => ' \n ',
      () => PNG,
      (i) => randomBytes(200 + i),
      (i) => Buffer.from(plan).subarray(0, 50 + i * 7),
      (i) => `${'“《（'.repeat(i + 1)}${'1'.repeat(500)}`,
      () => Buffer.from([0xff, 0xfe, 0x00]),
    ];
    for (let i = 0; i < 300; i++) {
      const name = `f${String(i).padStart(3, '0')}.txt`;
      if (i % 3 === 0) {
        writeFileSync(join(dir, name), plan);
        good.push(`hostile/${name}`);
      } else writeFileSync(join(dir, name), makers[i % makers.length]!(i));
    }
    const out = join(root, 'out-hostile');
    const r = await spawnBin(['parse', 'hostile', '--jsonl', '--out', out, '--jobs', '2', '--quiet'], { cwd: root });
    expect(r.code).toBe(1);
    const failures = r.stderr.split('\n').filter(Boolean);
    const converted = readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    expect(converted).toEqual(expect.arrayContaining(good));
    expect(failures.every((l) => /^hostile\/f\d{3}\.txt: [^\n]+$/.test(l))).toBe(true);
    const failed = failures.map((l) => l.split(':')[0]);
    expect(new Set(failed).size).toBe(failed.length);
    expect(failed.length + converted.length).toBe(300);
    expect(readdirSync(out)).toEqual(['documents.jsonl']);
  }, 120_000);
});
