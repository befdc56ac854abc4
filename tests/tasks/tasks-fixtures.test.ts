import { describe, expect, it } from 'vitest';
import { buildTasks, parseFile, type PlanDocument, type Section } from '../../src/index.js';
import { fixtureInputs, fixturePath } from '../helpers/fixtures.js';

const inputs = fixtureInputs().filter((n) => n !== 'empty.txt');
const docs = new Map<string, PlanDocument>();
const doc = async (name: string) => docs.get(name) ?? docs.set(name, await parseFile(fixturePath(name))).get(name)!;

const leaves = (sections: readonly Section[]): Section[] => sections.flatMap((s) => (s.children.length ? leaves(s.children) : [s]));
const inside = (span: { start: { offset: number } }, task: { span: { start: { offset: number }; end: { offset: number } } }) =>
  span.start.offset >= task.span.start.offset && span.start.offset < task.span.end.offset;

describe.each(inputs)('tasks of %s', (name) => {
  it('are the leaf sections, or their numbered points, in document order', async () => {
    const d = await doc(name);
    const expected = leaves(d.sections).flatMap((s) => (s.points.length ? s.points.map((p) => `${s.id}.${p.ordinal}`) : [s.id]));
    expect(d.tasks.map((t) => t.id)).toEqual(expected);
  });

  it('carry their own text, at their span, and only entities printed inside them', async () => {
    const d = await doc(name);
    const source = (await import('../../src/tasks/source-of.js')).sourceOf(d);
    for (const t of d.tasks) {
      expect(source.slice(t.span.start.offset, t.span.end.offset)).toBe(t.text);
      expect(t.text).toBe(t.text.trim());
      for (const m of t.targets) expect([inside(m.span, t), d.metrics[m.metric]!.text]).toEqual([true, m.text]);
      for (const p of [...t.periods, ...t.recurrences]) expect(inside(p.span, t)).toBe(true);
      for (const p of t.policies) expect([inside(p.span, t), d.policies[p.policy]!.name]).toEqual([true, p.name]);
      if (t.deadline) {
        expect(d.times[t.deadline.time]).toMatchObject({ kind: 'due', text: t.deadline.text, span: t.deadline.span });
        expect(inside(t.deadline.span, t)).toBe(!t.deadline.inherited);
      }
      for (const o of [...t.lead, ...t.support]) expect(d.orgs[o.org]!.name).toBe(o.name);
    }
  });

  it('are built again the same from the document read back from JSON', async () => {
    const d = await doc(name);
    expect(buildTasks(JSON.parse(JSON.stringify(d)))).toEqual(d.tasks);
  });
});

/** As a reader writes them into a 任务分解表: [task id, title, targets, deadline, ISO, lead, support]. */
type Row = [string, string, string[], string | undefined, string | undefined, string[], string[]];
const read: Array<[string, Row[]]> = [
  ['瓮安2022.txt', [
    ['4.16', '打造高素质专业化学校领导干部队伍', ['76名', '87名', '300人次'], undefined, undefined, [], []],
    ['4.19', '推进“强师工程”', ['8000人次以上', '90个学时以上', '50学时', '97名'], '2022年', '2022-12-31', [], []],
    ['6.35', '实施普通高中教育发展提升工程', [], '2022年秋季学期前', '2022-08-31', [], []],
    ['7.40', '狠抓精准德育，促进学生健康成长', ['6个课时', '8个课时', '1000人以上'], '到2022年底', '2022-12-31', [], []],
  ]],
  ['桐庐2022.txt', [
    ['3.3.1', '加快形成“特色办学，错位发展”的办学格局', [], undefined, undefined, [], []],
    ['3.3.3', '建成高质量的学校育人体系', ['70%'], undefined, undefined, [], []],
    ['5.1', '优化基础教育资源配置', ['2所'], '2022年秋季', '2022-09-01', [], []],
  ]],
  ['清远2022.txt', [['4.19', '大力推进集团化办学', ['2个以上'], '年内', '2022-12-31', [], []]]],
  ['巫山2023.txt', [['2.4', '开展资源布局优化大攻坚', [], '2023年秋季学期', '2023-09-01', [], []]]],
  ['flattened-table.txt', [
    ['1', '推进义务教育优质均衡发展，新建学校3所', ['3所'], undefined, undefined, ['县教育局'], ['县发展改革局', '县财政局']],
    ['2', '加强教师队伍建设，招聘教师120名', ['120名'], undefined, undefined, ['县教育局'], ['县人社局', '县委编办']],
  ]],
  ['table-deadlines.txt', [
    ['1', '推进义务教育优质均衡发展，新建学校3所', ['3所'], '2024年12月', '2024-12-31', ['县教育局'], []],
    ['3', '实施学生营养改善计划', [], '3—6月', '2024-06-30', ['县教育局'], []],
    ['5', '完善督导制度', [], undefined, undefined, ['县政府教育督导室'], []],
  ]],
  ['notice-docnumber.txt', [
    ['1.1', '完善健康浙江考核机制', [], undefined, undefined, ['规划发展与信息化处'], []],
    ['2.3', '推进县域医共体建设', ['90%以上'], undefined, undefined, ['基层卫生处'], ['医政医管处', '财务处']],
    ['2.4', '深化公立医院综合改革', [], undefined, undefined, [], []],
  ]],
  ['outline-paren-levels.txt', [
    ['1.2.1', '规范组织生活', ['1次'], '年内', '2023-12-31', [], []],
    ['1.2.2.2', '开展线上学习', [], '年内', '2023-12-31', [], []],
    ['2.1', '推进紧密型县域医共体建设', [], '2023年底前', '2023-12-31', [], []],
  ]],
  ['traditional.txt', [
    // 責任股室 lists two units and no 牽頭: the first listed leads.
    ['1.1', '強化理論武裝', ['12次'], undefined, undefined, ['辦公室'], ['組織人事股']],
    ['2.1', '擴大學位供給', ['4所', '2400個'], undefined, undefined, ['市教育體育局'], ['市財政局', '市自然資源局']],
  ]],
];

describe.each(read)('tasks of %s, checked by reading the plan', (name, rows) => {
  it.each(rows)('%s %s', async (id, title, targets, deadline, iso, lead, support) => {
    const t = (await doc(name)).tasks.find((x) => x.id === id)!;
    expect([t.title, t.targets.map((m) => m.text), t.deadline?.text, t.deadline?.iso, t.lead.map((o) => o.name), t.support.map((o) => o.name)])
      .toEqual([title, targets, deadline, iso, lead, support]);
  });
});
