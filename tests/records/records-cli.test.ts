import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseBytes } from '../../src/pipeline/process-file.js';
import { formatJsonLine } from '../../src/output/json.js';
import { fixturePath, fixturesDir } from '../helpers/fixtures.js';
import { fakeIo } from '../cli/fake-io.js';

const root = join(fixturesDir, '..');
let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'plan-extract-records-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], input?: string | Uint8Array) {
  const io = fakeIo(dir, input === undefined ? {} : { input });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const bytesOf = (file: string) => readFileSync(join(root, file));
const text = readFileSync(fixturePath('瓮安2022.txt'), 'utf8');
/** Plans in every form a record can carry, each with the bytes and path it must parse exactly as. */
const good = [
  { record: { path: 'county/瓮安2022.txt', text }, bytes: Buffer.from(text), encoding: 'utf-8' as const },
  { record: { path: 'gbk.txt', base64: bytesOf('fixtures/encoding-gb18030.txt').toString('base64') }, bytes: bytesOf('fixtures/encoding-gb18030.txt') },
  { record: { path: 'plan.docx', base64: bytesOf('tests/batch/fixtures/plan.docx').toString('base64') }, bytes: bytesOf('tests/batch/fixtures/plan.docx') },
  { record: { path: 'plan.html', base64: bytesOf('tests/batch/fixtures/plan.html').toString('base64') }, bytes: bytesOf('tests/batch/fixtures/plan.html') },
  { record: { path: 'notes/markdown.md', base64: bytesOf('fixtures/markdown.md').toString('base64') }, bytes: bytesOf('fixtures/markdown.md') },
];
const expectedLine = async (g: (typeof good)[number]) => formatJsonLine(await parseBytes(g.bytes, { path: g.record.path, ...(g.encoding ? { encoding: g.encoding } : {}) }));

describe('parse --records', () => {
  // CRLF line ends, an empty line, broken records, and a last line without a line end.
  const lines = [JSON.stringify(good[0]!.record), '{"path": "x.txt"', '', ...good.slice(1).map((g) => JSON.stringify(g.record)), '[]', JSON.stringify({ path: 'y.txt' })];
  const input = lines.join('\r\n');

  it('writes one line per input line, in order: each document exactly as its file parses, or {path, error}', async () => {
    const { code, out, err } = await cli(['parse', '--records', '-', '--jobs', '1'], input);
    expect(code).toBe(1);
    const docs = await Promise.all(good.map(expectedLine));
    const got = out.split(/(?<=\n)/);
    expect(got).toHaveLength(lines.length);
    expect([got[0], ...got.slice(3, 7)]).toEqual(docs);
    const errorLine = (path: string | null, error: RegExp) => ({ path, error: expect.stringMatching(error) });
    expect([1, 2, 7, 8].map((i) => JSON.parse(got[i]!))).toEqual([
      errorLine(null, /^not JSON: /),
      errorLine(null, /^empty line: /),
      errorLine(null, /^not a record: /),
      errorLine('y.txt', /^invalid record: no text/),
    ]);
    expect(err.split('\n')).toEqual([
      expect.stringMatching(/^record 2: not JSON: /),
      expect.stringMatching(/^record 3: empty line: /),
      expect.stringMatching(/^record 8: not a record: /),
      expect.stringMatching(/^y\.txt: invalid record: no text/),
      expect.stringMatching(/^converted 5 records, failed 4, \d+ entities, in [\d.]+ s$/),
      '',
    ]);
  });

  it('--jobs 2 writes the same bytes; --quiet keeps stderr empty', async () => {
    const one = await cli(['parse', '--records', '-', '--jobs', '1', '--quiet'], input);
    const two = await cli(['parse', '--records', '-', '--jobs', '2', '--quiet'], input);
    expect(two.out).toBe(one.out);
    expect([one.err, two.err, one.code, two.code]).toEqual(['', '', 1, 1]);
  });

  it('exits 0 when every record converts, and on an empty input (an empty partition) prints nothing', async () => {
    const ok = await cli(['parse', '--records', '-', '--jobs', '1'], JSON.stringify(good[0]!.record) + '\n');
    expect([ok.code, ok.out]).toEqual([0, await expectedLine(good[0]!)]);
    const none = await cli(['parse', '--records', '-'], '');
    expect([none.code, none.out]).toEqual([0, '']);
    expect(none.err).toMatch(/^converted 0 records, failed 0, 0 entities/);
  });

  it('reads --records FILE; --out DIR writes the same lines to documents.jsonl', async () => {
    writeFileSync(join(dir, 'records.jsonl'), input);
    const stdout = await cli(['parse', '--records', '-', '--jobs', '1', '--quiet'], input);
    const file = await cli(['parse', '--records', 'records.jsonl', '--jobs', '1', '--quiet', '--out', 'out']);
    expect([file.code, file.out]).toEqual([1, '']);
    expect(readFileSync(join(dir, 'out', 'documents.jsonl'), 'utf8')).toBe(stdout.out);
  });

  it('refuses a record over --max-size, and a line far over it without holding it, then goes on', async () => {
    const small = { path: 'small.txt', text: text.slice(0, 400) };
    const lines = [JSON.stringify({ path: 'big.txt', text }), 'x'.repeat(1_200_000), JSON.stringify(small)];
    const { code, out } = await cli(['parse', '--records', '-', '--jobs', '1', '--quiet', '--max-size', '0.01'], lines.join('\n'));
    expect(code).toBe(1);
    const got = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(got[0]).toEqual({ path: 'big.txt', error: expect.stringMatching(/^too large: /) });
    expect(got[1]).toEqual({ path: null, error: expect.stringMatching(/^record too large: a line of 1\.2 MB/) });
    expect(got[2].source.path).toBe('small.txt');
  });

  it.each([
    [['parse', '--records', '-', 'fixtures/瓮安2022.txt'], /--records reads every plan from -: give no other inputs/],
    [['parse', '--records', '-', '--csv', '--out', 'o'], /--records writes one JSON line per record .* no --csv/],
    [['parse', '--records', '-', '--table', 'metrics'], /no --table/],
    [['parse', '--records', '-', '--json'], /no --json/],
    [['parse', '--records', 'missing.jsonl'], /cannot read --records missing\.jsonl: no such file/],
    [['parse'], /missing required argument 'inputs'/],
  ])('usage error %j → exit 2', async (argv, message) => {
    const { code, out, err } = await cli(argv, '');
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(message);
  });
});
