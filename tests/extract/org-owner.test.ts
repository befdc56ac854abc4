import { describe, expect, it } from 'vitest';
import { extractFrom } from '../helpers/doc-context.js';
import { extractOrgs } from '../../src/extract/extract-org.js';
import type { DraftOf } from '../../src/extract/types.js';

/** The org drafts found in a sentence (one block, section "1"), each with its printed text. */
function orgsIn(sentence: string) {
  return extractFrom(extractOrgs, sentence).drafts.filter((d): d is DraftOf<'org'> & { text: string } => d.entity === 'org');
}
import { ownersOf } from '../../src/extract/org/owners-of.js';
import { parseBytes } from '../../src/pipeline/process-file.js';

/** Every shape of owner note real plans print: [item, [name as printed, role, rule][]]. */
const notes: Array<[string, Array<[string, string, string]>]> = [
  ['加强基层党组织建设。严格落实“三会一课”制度。（责任科室：组干科、机关党委）', [['组干科', 'lead', 'org/owner-paren'], ['机关党委', 'support', 'org/owner-paren']]],
  ['推进义务教育优质均衡。（牵头单位：县教育局；责任单位：县财政局、县人社局）', [['县教育局', 'lead', 'org/owner-paren'], ['县财政局', 'support', 'org/owner-paren'], ['县人社局', 'support', 'org/owner-paren']]],
  ['加快重大项目建设。(市发展改革委牵头,各区政府负责)', [['市发展改革委', 'lead', 'org/owner-verb']]],
  ['实施学生营养改善计划。\n县教育局牵头，县财政局配合', [['县教育局', 'lead', 'org/owner-verb'], ['县财政局', 'support', 'org/owner-verb']]],
  ['深化公立医院改革。\n市卫生健康委牵头落实', [['市卫生健康委', 'lead', 'org/owner-verb']]],
  ['推进文旅融合。\n牵头单位：县文化和旅游局\n配合单位：县财政局、县自然资源局\n协办单位：县融媒体中心', [['县文化和旅游局', 'lead', 'org/owner-label'], ['县财政局', 'support', 'org/owner-label'], ['县自然资源局', 'support', 'org/owner-label'], ['县融媒体中心', 'support', 'org/owner-label']]],
  ['优化政务服务。（主办单位：市政务服务数据管理局；参与单位：各区县政府、市医保局）', [['市政务服务数据管理局', 'lead', 'org/owner-paren'], ['市医保局', 'support', 'org/owner-paren']]],
  ['完善考核办法。（责任股室：人事股、计财股）', [['人事股', 'lead', 'org/owner-paren'], ['计财股', 'support', 'org/owner-paren']]],
  ['开展督导检查。（责任处室：基础教育处；配合单位：省教育厅督导办）', [['基础教育处', 'lead', 'org/owner-paren'], ['省教育厅督导办', 'support', 'org/owner-paren']]],
  ['落实资助政策。（责任部门：县教育局、县民政局）', [['县教育局', 'lead', 'org/owner-paren'], ['县民政局', 'support', 'org/owner-paren']]],
  // A 责任单位 list that opens with a generic plural has no named lead.
  ['推进政务公开。 责任单位：省政府各部门、各直属机构，各设区市人民政府、平潭综合实验区管委会', [['平潭综合实验区管委会', 'support', 'org/owner-label']]],
  ['对3家企业进行监督检查。责任单位：危化处（60日），基础处（104日）3.行政处罚', [['危化处', 'lead', 'org/owner-label'], ['基础处', 'support', 'org/owner-label']]],
  // Unlabelled brackets that only list units: the first leads (法规处, 稽查处: single-character units count here).
  ['严厉打击非法添加。（区市场监管局、区社会事业局）2.开展餐饮业综合治理', [['区市场监管局', 'lead', 'org/owner-bare'], ['区社会事业局', 'support', 'org/owner-bare']]],
  ['建立“双随机”抽查机制(稽查处),修订行政执法规范(法规处),加强应急管理(应急处)。', [['稽查处', 'lead', 'org/owner-bare'], ['法规处', 'lead', 'org/owner-bare'], ['应急处', 'lead', 'org/owner-bare']]],
  ['完善管理制度(食品生产处、食品流通处、餐饮处分办),探索分级管理。', [['食品生产处', 'lead', 'org/owner-verb'], ['食品流通处', 'support', 'org/owner-verb'], ['餐饮处', 'support', 'org/owner-verb']]],
  // 牵头 decides; the merely responsible support it. A clause may be a bare list.
  ['制定管控方案。（区资源生态局牵头，区经发局、区农业农村局，平潭海关等按职责分工负责）', [['区资源生态局', 'lead', 'org/owner-verb'], ['区经发局', 'support', 'org/owner-verb'], ['区农业农村局', 'support', 'org/owner-verb'], ['平潭海关', 'support', 'org/owner-verb']]],
  ['落实税收优惠政策。（区财金局、区资源生态局，区税务局，人行平潭支行、平潭银保监组等按职责分工负责）', [['区财金局', 'lead', 'org/owner-verb'], ['区资源生态局', 'support', 'org/owner-verb'], ['区税务局', 'support', 'org/owner-verb'], ['人行平潭支行', 'support', 'org/owner-verb'], ['平潭银保监组', 'support', 'org/owner-verb']]],
  ['建立议事协调机制。交通与建设处、农业农村处负责11海上休闲旅游船舶', [['交通与建设处', 'lead', 'org/owner-verb'], ['农业农村处', 'support', 'org/owner-verb']]],
  ['推动安装燃气报警器。（交通与建设处牵头，各有关处室配合）', [['交通与建设处', 'lead', 'org/owner-verb']]],
  ['由县教育局牵头，会同县财政局、县人社局制定方案。', [['县教育局', 'lead', 'org/owner-inline'], ['县财政局', 'mention', 'org/gov-suffix'], ['县人社局', 'mention', 'org/gov-suffix']]],
  ['县政府办牵头，县司法局、县大数据局配合，推行一窗通办。', [['县政府办', 'lead', 'org/owner-inline'], ['县司法局', 'support', 'org/owner-inline'], ['县大数据局', 'support', 'org/owner-inline']]],
];

describe('owner notes', () => {
  it.each(notes)('%s', (item, expected) => {
    const drafts = orgsIn(item);
    expect(drafts.map((d) => [d.text, d.role, d.rule])).toEqual(expected);
    for (const d of drafts) expect(d.sectionId).toBe('1');
  });
});

/** Sentences that mention responsibility but are not owner notes: nothing gets a role. */
const notNotes = [
  '压实责任单位主体责任，牵头单位要加强统筹。',
  '县教育局负责人要亲自抓，县财政局负责同志参加。',
  '（试行）',
  '全县上下共同参与，形成工作合力。',
  '落实安全生产责任。（各处室按职责分工负责）',
  '打造城市副中心和区域中心，建强支部，办好学校，有关部门负责。',
  '推进权责清单公开（含区教育局），安全生产协调处（以下简称协调处）负责日常工作。',
];

describe('not owner notes', () => {
  it.each(notNotes.map((s) => [s]))('%s', (sentence) => {
    expect(orgsIn(sentence).filter((d) => d.role !== 'mention')).toEqual([]);
  });
});

/** A health / culture / government-affairs plan with a note on a parent, on children, and a task table. */
const plan = `某县卫生健康局2024年工作要点
一、深化医药卫生体制改革（牵头单位：县卫生健康局；责任单位：县医保局、县财政局）
（一）推进紧密型县域医共体建设。2024年底前实现乡镇全覆盖。
（二）深化医保支付方式改革。（牵头单位：县医保局；配合单位：县卫生健康局）
二、繁荣公共文化（责任股室：公共服务股、文化市场股）
（一）县文化馆、县图书馆免费开放。
（二）推进文旅融合。(县文化和旅游局牵头,各乡镇负责)
三、优化政务服务
（一）推进一网通办。
县政务服务数据管理局牵头，县司法局、县大数据中心配合
（二）完善考核。（责任科室：办公室、人事科）
序号  工作任务  牵头单位  配合单位
1  建设智慧医院  县卫生健康局  县发展改革局、县财政局
2  完善12345热线  县政务服务中心  各乡镇、县直各部门
`;

describe('a plan with owner notes', async () => {
  const doc = await parseBytes(Buffer.from(plan), { path: 'plan.txt' });
  const rows = doc.orgs.map((o) => [o.sectionId, o.text, o.type, o.role]);

  it('gives the orgs of a note their roles on the section that prints it', () => {
    expect(rows.slice(0, 13)).toEqual([
      ['1', '县卫生健康局', 'gov', 'lead'],
      ['1', '县医保局', 'gov', 'support'],
      ['1', '县财政局', 'gov', 'support'],
      ['1.2', '县医保局', 'gov', 'lead'],
      ['1.2', '县卫生健康局', 'gov', 'support'],
      ['2', '公共服务股', 'gov', 'lead'],
      ['2', '文化市场股', 'gov', 'support'],
      ['2.1', '县文化馆', 'gov', 'mention'],
      ['2.1', '县图书馆', 'gov', 'mention'],
      ['2.2', '县文化和旅游局', 'gov', 'lead'],
      ['3.1', '县政务服务数据管理局', 'gov', 'lead'],
      ['3.1', '县司法局', 'gov', 'support'],
      ['3.1', '县大数据中心', 'gov', 'support'],
    ]);
  });

  it('reads the owner columns of a flattened task table', () => {
    const table = doc.orgs.filter((o) => o.rule === 'org/owner-table-header').map((o) => [o.text, o.role]);
    expect(table).toEqual([
      ['县卫生健康局', 'lead'],
      ['县发展改革局', 'support'],
      ['县财政局', 'support'],
      ['县政务服务中心', 'lead'],
    ]);
  });

  it('lets sub-items inherit the owners of the item they belong to', () => {
    expect(ownersOf(doc.orgs, '1.1').map((o) => [o.text, o.role])).toEqual([
      ['县卫生健康局', 'lead'],
      ['县医保局', 'support'],
      ['县财政局', 'support'],
    ]);
    expect(ownersOf(doc.orgs, '1.2').map((o) => o.text)).toEqual(['县医保局', '县卫生健康局']);
    expect(ownersOf(doc.orgs, '2.1').map((o) => o.text)).toEqual(['公共服务股', '文化市场股']);
    expect(ownersOf(doc.orgs, '3')).toEqual([]);
  });

  it('keeps spans on the printed text', () => {
    for (const o of doc.orgs) expect(plan.slice(o.span.start.offset, o.span.end.offset)).toBe(o.text);
  });
});

describe('a task table with a 责任单位 column only', async () => {
  const table = `某县2024年重点工作任务分解表
序号  工作任务  完成时限  责任单位
1  建设智慧医院  2024年底  县卫生健康局、县财政局
2  完善12345热线  2024年6月  县直各部门、县政务服务中心
`;
  const doc = await parseBytes(Buffer.from(table), { path: 'table.txt' });

  it('reads it as a 任务分解表 is read: the first unit of a cell leads, the others support', () => {
    expect(doc.orgs.filter((o) => o.rule === 'org/owner-table-header').map((o) => [o.text, o.role])).toEqual([
      ['县卫生健康局', 'lead'],
      ['县财政局', 'support'],
      ['县政务服务中心', 'support'],
    ]);
  });
});

/** Lists with markers, tails and cells that are not orgs. */
const lists: Array<[string, Array<[string, string]>]> = [
  ['（责任单位：县教育局（牵头）、县财政局、县人社局）', [['县教育局', 'lead'], ['县财政局', 'support'], ['县人社局', 'support']]],
  ['（牵头单位：县教育局；责任单位：县财政局（配合）、各乡镇（街道））', [['县教育局', 'lead'], ['县财政局', 'support']]],
  ['牵头单位：县教育局  配合单位：县财政局、县人社局等部门', [['县教育局', 'lead'], ['县财政局', 'support'], ['县人社局', 'support']]],
  ['责任单位：县卫生健康局  完成时限：2024年12月', [['县卫生健康局', 'lead']]],
  ['责任单位：县直各部门按职责分工负责', []],
  ['责任单位：安基处（380日）危化处（10日），安劳支队（40日）', [['安基处', 'lead'], ['危化处', 'support'], ['安劳支队', 'support']]],
  ['（责任单位：省编办（省审改办）、省财政厅）', [['省编办（省审改办）', 'lead'], ['省财政厅', 'support']]],
];

describe('owner lists', () => {
  it.each(lists)('%s', (note, expected) => {
    expect(orgsIn(note).map((d) => [d.text, d.role])).toEqual(expected);
  });
});
