import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes, type PlanDocument, type Section } from '../../src/index.js';
import { fixturePath } from '../helpers/fixtures.js';

const parse = (name: string) => parseBytes(readFileSync(fixturePath(name)), { path: name });

/** The outline as "id level marker title" lines, for comparing with a reading by hand. */
function outline(doc: PlanDocument): string[] {
  const out: string[] = [];
  const visit = (s: Section) => {
    out.push(`${s.id} ${s.level} ${s.marker} ${s.title}`);
    s.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

describe('outline', () => {
  it('（一） and （1） levels under 一、, 1. skipped-to between them, a numbering gap reported', async () => {
    const doc = await parse('outline-paren-levels.txt');
    expect(outline(doc)).toEqual([
      '1 1 一、 坚持党建引领，全面加强党的建设',
      '1.1 2 （一） 加强政治建设',
      '1.2 2 （二） 加强基层党组织建设',
      '1.2.1 3 1. 规范组织生活',
      '1.2.2 3 2. 加强党员教育',
      '1.2.2.1 4 （1） 开展专题培训',
      '1.2.2.2 4 （2） 开展线上学习',
      '1.3 2 （三） 加强党风廉政建设',
      '2 1 二、 深化医药卫生体制改革',
      '2.1 2 （一） 推进紧密型县域医共体建设',
      '2.3 2 （三） 深化公立医院改革',
      '2.4 2 （四） 完善分级诊疗制度',
      '3 1 三、 提升公共卫生服务能力',
      '3.1 2 （一） 加强疾病预防控制',
      '3.2 2 （二） 做好重点人群健康管理',
    ]);
    expect(doc.warnings.map((w) => [w.code, w.span.start.line])).toEqual([['outline/numbering-gap', 15]]);
  });

  it('1、 markers restarting under each heading', async () => {
    const doc = await parse('outline-comma-markers.txt');
    expect(outline(doc).slice(0, 4)).toEqual(['1 1 一、 总体思路', '2 1 二、 重点工作', '2.1 2 1、 推进全域旅游发展', '2.2 2 2、 加强公共文化服务']);
    expect(outline(doc)).toHaveLength(9);
    expect(doc.warnings).toEqual([]);
  });

  it('numbering that runs on across sections (瓮安 1–43) gives ids like 4.16', async () => {
    const doc = await parse('瓮安2022.txt');
    const lines = outline(doc);
    expect(lines).toHaveLength(8 + 43);
    expect(lines).toContain('4.16 2 16. 打造高素质专业化学校领导干部队伍');
    expect(doc.warnings.filter((w) => w.code.startsWith('outline/'))).toEqual([]);
  });

  it('numbering that restarts in each section (桐庐), full-width 3．, inline 一是…四是 as sub-points', async () => {
    const doc = await parse('桐庐2022.txt');
    expect(outline(doc)).toContain('1.3 2 3． 加强干部队伍建设');
    const item = doc.sections[2]!.children[2]!;
    expect(item.title).toBe('强力推进普通高中振兴行动');
    expect(item.points.map((p) => p.marker)).toEqual(['一是', '二是', '三是', '四是']);
    expect(item.points[0]!.text.startsWith('一是加快形成')).toBe(true);
  });

  it('a title run into its body is cut before the body verb, with a warning that says it is a guess', async () => {
    const doc = await parse('清远2022.txt');
    expect(doc.sections[0]!.children.map((s) => s.title).slice(0, 2)).toEqual(['坚定不移用习近平新时代中国特色社会主义思想铸魂育人', '持之以恒加强党的建设']);
    expect(doc.warnings.filter((w) => w.code === 'outline/title-unpunctuated').map((w) => w.sectionId)).toEqual(['1.1', '1.2']);
  });

  it('a flattened task table: rows under a 序号 header are items titled by their first cell', async () => {
    const doc = await parse('flattened-table.txt');
    expect(outline(doc)).toEqual(['1 1 1 推进义务教育优质均衡发展，新建学校3所', '2 1 2 加强教师队伍建设，招聘教师120名', '3 1 3 实施学生营养改善计划']);
  });

  it('plans printed one after another: repeated ordinals get #2, #3 ids, unique however many', async () => {
    const plan = '一、加强党建\n（一）强化理论武装。\n二、深化改革\n';
    const text = `某县2023年教育工作要点\n${plan.repeat(300)}`;
    const doc = await parseBytes(new TextEncoder().encode(text), { path: 'repeated.txt' });
    const ids = outline(doc).map((line) => line.split(' ')[0]);
    expect(ids.slice(0, 7)).toEqual(['1', '1.1', '2', '1#2', '1#2.1', '2#2', '1#3']);
    expect(ids.at(-3)).toBe('1#300');
    expect(new Set(ids).size).toBe(900);
  });

  it('a document all on one line', async () => {
    const doc = await parse('one-line.txt');
    expect(doc.meta.title).toBe('瓮水县2022年教育工作要点');
    expect(outline(doc).filter((l) => l.split(' ')[1] === '1').map((l) => l.split(' ').slice(2).join(' '))).toEqual([
      '一、 加强党的建设', '二、 推进教育改革', '三、 加强教师队伍建设', '四、 强化保障', '五、 工作要求',
    ]);
    expect(outline(doc)).toContain('3.6 2 6. 加强师德建设');
  });

  it('Markdown: # headings and list items map into the same outline; code blocks are not headings', async () => {
    const doc = await parse('markdown.md');
    expect(doc.meta.title).toBe('某某市2023年教育工作要点');
    expect(outline(doc)).toEqual([
      '1 1 一、 加强党的建设', '1.1 2 1. 落实全面从严治党', '1.2 2 2. 加强意识形态工作',
      '2 1 二、 推进教育改革', '2.1 2 ### 深化评价改革', '2.1.1 3 - 推进中考改革', '2.1.2 3 - 推进职称改革',
    ]);
  });

  it('traditional characters: markers and titles as printed', async () => {
    const doc = await parse('traditional.txt');
    expect(outline(doc)).toContain('2.1 2 （一） 擴大學位供給');
  });

  it('a plan without headings is all preamble', async () => {
    const doc = await parse('no-headings.txt');
    expect(doc.sections).toEqual([]);
    expect(doc.preamble?.text.startsWith('2023年，全镇教育工作')).toBe(true);
  });
});
