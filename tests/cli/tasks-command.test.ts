import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { displayWidth } from '../../src/output/display-width.js';
import { fixturesDir } from '../helpers/fixtures.js';
import { fakeIo } from './fake-io.js';

const ESC = '\u001b[';

describe('plan-extract tasks FILE', () => {
  it('prints every task of a plan as a table row, with its deadline and units', async () => {
    const io = fakeIo(fixturesDir);
    expect(await run(['tasks', 'table-deadlines.txt'], io)).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[1]).toBe('5 tasks');
    expect(lines[2]).toMatch(/^id +task +deadline +lead +support +targets/u);
    expect(lines.find((l) => l.startsWith('1 '))).toMatch(/推进义务教育优质均衡发展.*2024年12月 +县教育局 +新建学校3所/u);
    expect(io.out()).not.toContain(ESC); // not a terminal: no colour
  });

  it('fits a narrow terminal: one block per task, no line wider than the terminal', async () => {
    const io = fakeIo(fixturesDir, { stdoutIsTTY: true, stdoutColumns: 40, env: { NO_COLOR: '1' } });
    expect(await run(['tasks', 'outline-paren-levels.txt', '--headers', 'zh'], io)).toBe(0);
    const out = io.out();
    expect(out).not.toContain(ESC); // NO_COLOR is respected on a terminal
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    expect(out).toContain('1.2.1 规范组织生活\n  目标      主题党日活动1次\n  完成时限  年内 *\n            2023-12-31');
    expect(out).toContain('* 承上级条目');
  });

  it('colours on a terminal, and refuses a file that is not a plan', async () => {
    const tty = fakeIo(fixturesDir, { stdoutIsTTY: true, stdoutColumns: 120 });
    expect(await run(['tasks', 'flattened-table.txt'], tty)).toBe(0);
    expect(tty.out()).toContain(ESC);
    const bad = fakeIo(fixturesDir);
    expect(await run(['tasks', 'empty.txt'], bad)).toBe(1);
    expect(bad.err()).toMatch(/^empty\.txt: /u);
  });
});
