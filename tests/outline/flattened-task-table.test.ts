import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText, type PlanDocument, type Section } from '../../src/index.js';
import { corpusRealFile, itOnRealPlans } from '../helpers/corpus-real.js';

function flat(doc: PlanDocument): Section[] {
  const out: Section[] = [];
  const visit = (s: Section) => (out.push(s), s.children.forEach(visit));
  doc.sections.forEach(visit);
  return out;
}

// A task table flattened to one line: column names spaced out, then rows whose numbers are
// glued to the cell before them (the lead-unit or requirement cell ends without punctuation).
const header = '某某县2023年政务公开工作任务分解表\n为做好今年政务公开工作，现将任务分解如下。工 作 任 务牵头单位责 任 单 位工 作 要 求';
const rows = [
  '一、围绕优化营商环境推进公开（一）推进涉企政策公开1.集中公开涉企政策县发改局各乡镇通过政府网站专栏集中发布。',
  '2.做好政策解读县政务公开办各部门',
  '3.公开惠企资金兑付情况县财政局各乡镇按季度公开兑付结果。（二）推进监管信息公开4.公开随机抽查结果县市场监管局各部门',
  '5.公开行政处罚信息县司法局各部门处罚决定作出后7个工作日内公开。二、围绕民生推进公开（一）推进教育信息公开6.公开招生入学政策县教育局各学校',
  '7.公开学校收费项目县教育局各学校，收费标准和依据一并公开，确保达到100%。',
].join('');

describe('a task table flattened into one line', () => {
  it('reads the rows glued to the cell before them as items, numbered on across sections', async () => {
    const doc = await parseText(header + rows + '2.5万元以上项目另行公示。', { path: 'flat.txt' });
    const ids = flat(doc).map((s) => `${s.id} ${s.marker}`);
    expect(ids).toEqual([
      '1 一、', '1.1 （一）', '1.1.1 1.', '1.1.2 2.', '1.1.3 3.', '1.2 （二）', '1.2.4 4.', '1.2.5 5.',
      '2 二、', '2.1 （一）', '2.1.6 6.', '2.1.7 7.',
    ]);
    // 2.5万元 is the tail of a number, not a row: it neither continues nor restarts the numbering.
    expect(doc.warnings.filter((w) => w.code.startsWith('outline/numbering'))).toEqual([]);
  });

  it('leaves a long line without such column names alone: a marker glued to text is not a heading there', async () => {
    const doc = await parseText(('统一、规范开展工作，确保任务落实到位' + '并加强督查3.按时报送').repeat(120), { path: 'long.txt' });
    expect(flat(doc)).toEqual([]);
  });

  itOnRealPlans('finds every row of the real 2016 and 2018 task tables (66 and 42 items)', async () => {
    for (const [prefix, tops, middles, rowsCount] of [['03_', 6, 24, 66], ['16_', 4, 15, 42]] as const) {
      const path = corpusRealFile(prefix);
      const sections = flat(await parseBytes(readFileSync(path), { path }));
      const byLevel = (n: number) => sections.filter((s) => s.level === n).length;
      expect([byLevel(1), byLevel(2), byLevel(3)], prefix).toEqual([tops, middles, rowsCount]);
      expect(sections.filter((s) => s.level === 3).map((s) => s.ordinal)).toEqual(Array.from({ length: rowsCount }, (_, i) => i + 1));
    }
  });
});
