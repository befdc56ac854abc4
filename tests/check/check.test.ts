import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { goldenJson, goldenOf } from '../../src/check/golden-of.js';
import { fixturePath } from '../helpers/fixtures.js';
import { fakeIo } from '../cli/fake-io.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-check-'));
  copyFileSync(fixturePath('瓮安2022.txt'), join(dir, '瓮安2022.txt'));
  copyFileSync(fixturePath('桐庐2022.txt'), join(dir, '桐庐2022.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(...flags: string[]) {
  const io = fakeIo(dir);
  const code = await run(['check', '.', ...flags], io);
  return { code, out: io.out(), err: io.err() };
}
const golden = () => join(dir, '瓮安2022.expected.json');

describe('check FIXTURES_DIR', () => {
  it('fails for inputs without an expected file, and --update creates them', async () => {
    const missing = await check();
    expect(missing.code).toBe(1);
    expect(missing.out).toBe(
      '桐庐2022.txt: no expected file 桐庐2022.expected.json (run with --update to create it)\n' +
        '瓮安2022.txt: no expected file 瓮安2022.expected.json (run with --update to create it)\n',
    );
    const updated = await check('--update');
    expect(updated.code).toBe(0);
    expect(updated.out).toBe('updated 桐庐2022.expected.json\nupdated 瓮安2022.expected.json\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const again = await check();
    expect(again).toMatchObject({ code: 0, out: '' });
    expect(again.err).toBe('checked 2 fixtures, 2 unchanged, 0 failed\n');
  });

  it('golden files hold paths relative to the fixtures folder, as goldenOf makes them', async () => {
    const text = readFileSync(golden(), 'utf8');
    expect(JSON.parse(text).source.path).toBe('瓮安2022.txt');
    expect(text).toBe(goldenJson(await goldenOf(dir, '瓮安2022.txt')));
  });

  it('reports a changed heading and a changed field readably, and --update fixes it', async () => {
    const document = JSON.parse(readFileSync(golden(), 'utf8'));
    const section = document.sections[0].children[1];
    section.title = '改过的标题';
    document.meta.region = '别的县';
    writeFileSync(golden(), JSON.stringify(document, null, 2) + '\n');
    const drift = await check();
    expect(drift.code).toBe(1);
    expect(drift.out).toContain('瓮安2022.txt: meta.region "别的县" → "瓮安县"'); // expected → actual
    expect(drift.out).toContain(`瓮安2022.txt: section ${section.id} title "改过的标题" → `);
    expect(drift.out).not.toContain('桐庐2022.txt');
    expect(drift.err).toBe('checked 2 fixtures, 1 unchanged, 1 failed\n');
    expect((await check('--update')).out).toBe('updated 瓮安2022.expected.json\n');
    expect((await check()).code).toBe(0);
  });

  it('an expected file that is not JSON is a failure, not a crash', async () => {
    writeFileSync(golden(), '{ broken');
    const { code, out } = await check();
    expect(code).toBe(1);
    expect(out).toMatch(/^瓮安2022\.txt: expected file is not valid JSON: /);
    await check('--update');
  });
});

describe('check INPUTS --expected GOLDEN_DIR', () => {
  it('keeps the golden files apart from inputs that are not ours to commit, at the same relative names', async () => {
    const golden = mkdtempSync(join(tmpdir(), 'plan-extract-golden-'));
    try {
      const first = await check('--expected', golden, '--update');
      expect(first.code).toBe(0);
      expect(readdirSync(golden).sort()).toEqual(['桐庐2022.expected.json', '瓮安2022.expected.json']);
      expect(readdirSync(dir).filter((n) => n.includes('expected') && n.startsWith('桐庐'))).toEqual(['桐庐2022.expected.json']); // from the test above, not this run
      const file = join(golden, '桐庐2022.expected.json');
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      doc.meta.year = 1999;
      writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
      const drift = await check('--expected', golden);
      expect(drift.code).toBe(1);
      expect(drift.out).toMatch(/^桐庐2022\.txt: meta\.year 1999 → 2022$/m);
    } finally {
      rmSync(golden, { recursive: true, force: true });
    }
  });
});
