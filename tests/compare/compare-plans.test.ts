import { describe, expect, it } from 'vitest';
import { parseText, PlanDiffSchema, type Change, type PlanDocument } from '../../src/index.js';
import { comparePlans } from '../../src/compare/compare-plans.js';
import { sourceTextOf } from '../../src/output/source-text.js';

// Two years of one county's plan, written for this test: the second inserts a section (so every
// later number moves), rewords a heading, moves an item to another section, changes targets,
// a deadline and a lead unit, drops an item and cites a new policy.
const OLD = `某某县2022年教育工作要点
一、推进学前教育普及普惠
1.扩大普惠资源。新建公办幼儿园3所，全县学前教育普惠率达到85%。
2.提升保教质量。开展保教质量评估，园长培训200人次左右。（牵头单位：县教育局）
二、促进义务教育优质均衡
3.推进集团化办学。组建教育集团5个，6月底前完成集团章程制定。
4.加强控辍保学。义务教育巩固率保持在99%以上。
5.规范课后服务。课后服务覆盖率达到100%。
三、加强教师队伍建设
6.开展教师培训。完成各类培训8000人次。
7.落实教师待遇。确保教师平均工资收入水平不低于公务员。
`;
const NEW = `某某县2023年教育工作要点
一、推动学前教育普惠优质发展
1.扩大普惠资源。新建公办幼儿园3所，全县学前教育普惠率达到90%。
2.提升保教质量。开展保教质量评估，园长培训200人次以上。（牵头单位：县财政局）
二、发展素质教育
3.加强劳动教育。建设劳动教育实践基地10个，落实《大中小学劳动教育指导纲要》。
三、促进义务教育优质均衡
4.推进集团化办学。组建教育集团5个，9月底前完成集团章程制定。
5.规范课后服务。课后服务覆盖率达到100%。
四、加强教师队伍建设
6.开展教师培训。完成各类培训8000人次。
7.落实教师待遇。确保教师平均工资收入水平不低于公务员。
8.加强控辍保学。义务教育巩固率保持在99%以上。
`;

let oldDoc: PlanDocument;
let newDoc: PlanDocument;
const of = <T extends Change['type']>(changes: Change[], type: T) => changes.filter((c): c is Extract<Change, { type: T }> => c.type === type);

describe('comparePlans', async () => {
  oldDoc = await parseText(OLD, { path: 'old.txt' });
  newDoc = await parseText(NEW, { path: 'new.txt' });
  const diff = comparePlans(oldDoc, newDoc);

  it('is valid against its schema', () => {
    expect(PlanDiffSchema.parse(diff)).toEqual(diff);
  });

  it('pairs items by what they say, not by their numbers', () => {
    const pairs = diff.pairs.map((p) => `${p.old.id}>${p.new.id}`);
    expect(pairs).toEqual(['1>1', '1.1>1.1', '1.2>1.2', '2>3', '2.3>3.4', '2.5>3.5', '3>4', '3.6>4.6', '3.7>4.7', '2.4>4.8']);
  });

  it('reports the inserted section as added, the reworded heading as reworded and the moved item as moved', () => {
    expect(of(diff.changes, 'item-added').map((c) => c.new.id)).toEqual(['2', '2.3']);
    expect(of(diff.changes, 'item-dropped')).toEqual([]);
    expect(of(diff.changes, 'item-reworded').map((c) => [c.old.title, c.new.title])).toEqual([['推进学前教育普及普惠', '推动学前教育普惠优质发展']]);
    const moved = of(diff.changes, 'item-moved');
    expect(moved.map((c) => [c.old.id, c.new.id, c.fromParent, c.toParent])).toEqual([['2.4', '4.8', '2', '4']]);
  });

  it('reports changed targets with the fields that differ (value; comparator 左右 → 以上)', () => {
    const changed = of(diff.changes, 'target-changed').map((c) => [c.old.text, c.new.text, c.fields.join(',')]);
    expect(changed).toEqual([
      ['85%', '90%', 'value'],
      ['200人次左右', '200人次以上', 'cmp'],
    ]);
    expect(of(diff.changes, 'target-added').map((c) => c.new.text)).toEqual(['10个']);
  });

  it('reports the deadline moved within the plan year (6月底前 → 9月底前), not the year that moved on', () => {
    const moved = of(diff.changes, 'deadline-moved');
    expect(moved.map((c) => [c.oldItem, c.newItem, c.old.text, c.new.text, c.days])).toEqual([['2.3', '3.4', '6月底前', '9月底前', 92]]);
  });

  it('reports the lead unit changed, with each unit where it is printed', () => {
    const owners = of(diff.changes, 'owners-changed');
    expect(owners.map((c) => [c.role, c.removed.map((o) => o.name), c.added.map((o) => o.name)])).toEqual([['lead', ['县教育局'], ['县财政局']]]);
  });

  it('reports a policy newly cited', () => {
    expect(of(diff.changes, 'policy-cited').map((c) => [c.new.name, c.newItem])).toEqual([['大中小学劳动教育指导纲要', '2.3']]);
    expect(of(diff.changes, 'policy-uncited')).toEqual([]);
  });

  it('gives every change spans that slice each plan to what it names', () => {
    const oldText = sourceTextOf(oldDoc);
    const newText = sourceTextOf(newDoc);
    const at = (text: string, span: { start: { offset: number }; end: { offset: number } }) => text.slice(span.start.offset, span.end.offset);
    for (const c of diff.changes) {
      if ('old' in c && 'text' in c.old) expect(at(oldText, c.old.span)).toBe(c.old.text);
      if ('new' in c && 'text' in c.new) expect(at(newText, c.new.span)).toBe(c.new.text);
      if ('old' in c && 'titleSpan' in c.old) expect(at(oldText, c.old.titleSpan)).toBe(c.old.title);
      if ('new' in c && 'titleSpan' in c.new) expect(at(newText, c.new.titleSpan)).toBe(c.new.title);
      if (c.type === 'owners-changed') for (const o of c.added) expect(at(newText, o.span)).toBe(o.text);
    }
  });

  it('finds nothing between a plan and itself', () => {
    const same = comparePlans(oldDoc, oldDoc);
    expect(same.changes).toEqual([]);
    expect(same.pairs.every((p) => p.old.id === p.new.id && p.similarity === 1)).toBe(true);
  });
});
