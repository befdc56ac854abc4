import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';

/**
 * A health bureau's plan as bureaus print them, with owner notes on items, on headings and
 * on inline points, a leader on a heading, and a 任务分解表 with a leader column: each task
 * as a reader writes it into the 督办 system.
 */
const plan = `某县卫生健康局2024年重点工作任务
一、深化医药卫生体制改革（牵头领导：副县长张三）
（一）推进紧密型县域医共体建设。2024年底前实现乡镇全覆盖。（责任科室：医政股、基层卫生股）
1.完善医共体章程。6月底前出台章程，9月底前完成修订。
2.推进信息互通。（牵头单位：县卫生健康局；配合单位：县大数据中心）
（二）深化医保支付方式改革。一是推进按病种付费，9月底前覆盖全部乡镇卫生院；二是开展支付方式改革培训2次。（牵头单位：县医保局）
二、加强公共卫生服务（责任单位：县疾控中心、县卫生监督所）
（一）提高疫苗接种率。适龄儿童免疫规划疫苗接种率保持在95%以上，每季度通报一次。
（二）做好老年人健康管理。2024年10月底前完成老年人体检。落实《国家基本公共卫生服务规范》。
（三）开展爱国卫生运动。县爱卫办、县住建局牵头，各乡镇负责。
`;

const table = `某县2024年重点工作任务分解表
序号	工作任务	牵头领导	责任单位	完成时限
1	建设智慧医院，新增远程会诊点10个	副县长李四	县卫生健康局、县大数据中心	2024年12月
2	完善12345热线	县委常委王五	县政务服务中心	每季度
`;

type Row = [id: string, title: string, deadline: string, lead: string, support: string, leader: string];
const row = (t: Awaited<ReturnType<typeof parseText>>['tasks'][number]): Row => [
  t.id,
  t.title,
  t.deadline ? `${t.deadline.text}${t.deadline.inherited ? '*' : ''}` : '',
  t.lead.map((o) => o.name + (o.inherited ? '*' : '')).join('、'),
  t.support.map((o) => o.name).join('、'),
  t.leader ? `${t.leader.name}${t.leader.inherited ? '*' : ''}` : '',
];

describe('tasks of a plan with owner notes (* = inherited)', async () => {
  const doc = await parseText(plan, { path: 'plan.txt' });

  it('reads every task as a 任务分解表 row', () => {
    expect(doc.tasks.map(row)).toEqual([
      // 责任科室 lists two units without 牵头: the first leads; the earliest own deadline counts.
      ['1.1.1', '完善医共体章程', '6月底前', '医政股*', '基层卫生股', '副县长张三*'],
      ['1.1.2', '推进信息互通', '2024年底前*', '县卫生健康局', '县大数据中心', '副县长张三*'],
      // Inline points: a deadline inside point 1 is not point 2's; the note after them is both's.
      ['1.2.1', '推进按病种付费', '9月底前', '县医保局*', '', '副县长张三*'],
      ['1.2.2', '开展支付方式改革培训2次', '', '县医保局*', '', '副县长张三*'],
      ['2.1', '提高疫苗接种率', '', '县疾控中心*', '县卫生监督所', ''],
      ['2.2', '做好老年人健康管理', '2024年10月底前', '县疾控中心*', '县卫生监督所', ''],
      // 牵头 printed: both units lead.
      ['2.3', '开展爱国卫生运动', '', '县爱卫办、县住建局', '', ''],
    ]);
  });

  it('keeps targets, periods, recurrences and policies where they are printed', () => {
    const [vaccines, elderly] = [doc.tasks[4]!, doc.tasks[5]!];
    expect(vaccines.targets.map((m) => [m.text, m.value, m.unit, m.cmp])).toEqual([['95%以上', 95, '%', '>='], ['一次', 1, '次', '=']]);
    expect(vaccines.recurrences.map((r) => [r.text, r.every])).toEqual([['每季度', 'P3M']]);
    expect(elderly.policies.map((p) => p.name)).toEqual(['国家基本公共卫生服务规范']);
    expect(elderly.deadline?.iso).toBe('2024-10-31');
    expect(doc.tasks[0]!.deadline).toMatchObject({ text: '6月底前', iso: '2024-06-30', inherited: false });
  });

  it('gives the spans of the task, its leader and its entities as printed', () => {
    for (const t of doc.tasks) {
      expect(plan.slice(t.span.start.offset, t.span.end.offset)).toBe(t.text);
      if (t.leader) expect(plan.slice(t.leader.span.start.offset, t.leader.span.end.offset)).toBe(t.leader.name);
      for (const m of t.targets) expect(plan.slice(m.span.start.offset, m.span.end.offset)).toBe(m.text);
    }
    expect(doc.tasks[2]!.text).toBe('一是推进按病种付费，9月底前覆盖全部乡镇卫生院；');
  });
});

describe('tasks of a 任务分解表 with a leader column', async () => {
  const doc = await parseText(table, { path: 'table.txt' });

  it('reads the leader, deadline and owner columns of each row', () => {
    // 牵头领导 names a person: the 责任单位 column is still the units', first listed leading.
    expect(doc.tasks.map(row)).toEqual([
      ['1', '建设智慧医院，新增远程会诊点10个', '2024年12月', '县卫生健康局', '县大数据中心', '副县长李四'],
      ['2', '完善12345热线', '', '县政务服务中心', '', '县委常委王五'],
    ]);
    expect(doc.tasks[1]!.recurrences.map((r) => r.text)).toEqual(['每季度']);
  });

  it('reads the 责任单位 column as a 任务分解表 is read: the first unit leads (a 牵头领导 column names a person, not a 牵头单位)', () => {
    expect(doc.orgs.filter((o) => o.role !== 'mention').map((o) => [o.name, o.role])).toEqual([['县卫生健康局', 'lead'], ['县大数据中心', 'support'], ['县政务服务中心', 'lead']]);
  });
});
