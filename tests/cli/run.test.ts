import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { PlanDocumentSchema } from '../../src/schema/index.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { fakeIo } from './fake-io.js';

const root = join(fixturesDir, '..');
let empty: string;
beforeAll(() => void (empty = mkdtempSync(join(tmpdir(), 'plan-extract-cli-'))));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

async function cli(argv: string[], options: Parameters<typeof fakeIo>[1] = {}, cwd = root) {
  const io = fakeIo(cwd, options);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plan-extract (in-process)', () => {
  it('--help and --version print to stdout and exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/parse \[options\] \[inputs\.\.\.\]/); // none with --records
    const parseHelp = await cli(['parse', '--help']);
    expect(parseHelp.out).toMatch(/--table <name>/);
    const version = await cli(['--version']);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('schema prints the JSON Schema of a document', async () => {
    const { code, out } = await cli(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(out);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(PlanDocumentSchema.shape));
  });

  it('parse FILE prints one pretty JSON document', async () => {
    const { code, out, err } = await cli(['parse', 'fixtures/瓮安2022.txt', '--jobs', '1']);
    expect(code).toBe(0);
    expect(out.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    const document = PlanDocumentSchema.parse(JSON.parse(out));
    expect(document.source.path).toBe('fixtures/瓮安2022.txt');
    expect(err).toMatch(/^converted 1 files, failed 0, \d+ entities, in [\d.]+ s\n$/);
  });

  it('- reads standard input', async () => {
    const text = readFileSync(join(fixturesDir, '桐庐2022.txt'));
    const { code, out } = await cli(['parse', '-', '--quiet'], { input: text });
    expect(code).toBe(0);
    const document = PlanDocumentSchema.parse(JSON.parse(out));
    expect(document.source).toMatchObject({ path: '-', bytes: text.length });
  });

  it('a named file that does not exist is a failed input: exit 1', async () => {
    const { code, out, err } = await cli(['parse', 'fixtures/nope.txt']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^fixtures\/nope\.txt: no such file\n/);
  });

  it.each([
    [['parse', 'fixtures', '--json'], /--json writes one document/],
    [['parse', 'fixtures/瓮安2022.txt', 'fixtures/桐庐2022.txt', '--json'], /--json writes one document/],
    [['parse', 'fixtures', '--csv'], /--csv writes 6 tables: give --out DIR/],
    [['parse', 'fixtures', '--json', '--csv'], /choose one output format/],
    [['parse', 'fixtures', '--jsonl', '--table', 'metrics'], /--table selects a CSV table/],
    [['parse', 'fixtures', '--table', 'nope'], /Allowed choices are sections, metrics, times, policies, orgs/],
    [['parse', 'fixtures', '--jobs', '0'], /invalid --jobs/],
    [['parse', 'fixtures', '--jobs', 'many'], /invalid --jobs/],
    [['parse', 'fixtures', '--encoding', 'latin1'], /invalid --encoding/],
    [['parse', 'fixtures/*.zzz'], /nothing to parse/],
    [['parse'], /missing required argument/],
    [['parse', 'fixtures', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command/],
    [['check', 'fixtures/瓮安2022.txt'], /not a folder of fixtures/],
  ])('usage error %j → exit 2', async (argv, message) => {
    const { code, err, out } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  it('a folder with nothing to parse is a usage error', async () => {
    const { code, err } = await cli(['parse', empty], {}, empty);
    expect(code).toBe(2);
    expect(err).toMatch(/nothing to parse: no \.txt .* files in /);
  });

  it('--encoding accepts the names people type', async () => {
    const { code } = await cli(['parse', 'fixtures/瓮安2022.txt', '--encoding', 'UTF8', '--quiet']);
    expect(code).toBe(0);
  });
});

describe('outline', () => {
  it('prints the heading tree, indented, without colour when not a TTY', async () => {
    const { code, out } = await cli(['outline', 'fixtures/瓮安2022.txt']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/\x1b\[/);
    const lines = out.split('\n');
    expect(lines[0]).toBe('瓮安县2022年教育工作要点');
    const top = lines.find((l) => l.startsWith('一、'));
    expect(top).toMatch(/ {2}\[1\]/);
    expect(lines[lines.indexOf(top!) + 1]).toMatch(/^ {2}1\..*\[1\.1\]/);
  });

  it('colours on a TTY and with FORCE_COLOR; NO_COLOR wins', async () => {
    expect((await cli(['outline', 'fixtures/瓮安2022.txt'], { stdoutIsTTY: true })).out).toMatch(/\x1b\[36m一、\x1b\[39m/);
    expect((await cli(['outline', 'fixtures/瓮安2022.txt'], { env: { FORCE_COLOR: '1' } })).out).toMatch(/\x1b\[/);
    expect((await cli(['outline', 'fixtures/瓮安2022.txt'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(/\x1b\[/);
  });

  it('a bad file is one line on stderr and exit 1', async () => {
    const { code, err } = await cli(['outline', '-'], { input: '' });
    expect(code).toBe(1);
    expect(err).toBe('-: empty file\n');
  });
});

describe('progress', () => {
  it('draws a bar on a TTY stderr, at most ~10 times a second, and erases it', async () => {
    let clock = 0;
    const { code, err } = await cli(['parse', 'fixtures/瓮安2022.txt', 'fixtures/桐庐2022.txt', 'fixtures/nope.txt', '--jobs', '1'], {
      stderrIsTTY: true,
      now: () => (clock += 40),
    });
    expect(code).toBe(1);
    expect(err).toMatch(/\r\[#+-*\] 2\/2 files {2}[\d.]+ MB\/s/);
    expect(err).toMatch(/fixtures\/nope\.txt: no such file\n/);
    expect(err).toMatch(/\r\x1b\[Kconverted 2 files, failed 1, \d+ entities, in [\d.]+ s\n$/);
  });

  it('no bar when stderr is not a TTY, nor with --quiet', async () => {
    expect((await cli(['parse', 'fixtures/瓮安2022.txt', 'fixtures/桐庐2022.txt', '--jobs', '1'])).err).not.toMatch(/\r/);
    const quiet = await cli(['parse', 'fixtures/瓮安2022.txt', 'fixtures/桐庐2022.txt', '--jobs', '1', '--quiet'], { stderrIsTTY: true });
    expect(quiet.err).toBe('');
    expect(quiet.out.trimEnd().split('\n')).toHaveLength(2); // several files: JSON Lines by default
  });
});
