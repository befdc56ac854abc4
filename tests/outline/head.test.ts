import { describe, expect, it } from 'vitest';
import { parseText, type PlanDocument, type Section } from '../../src/index.js';

const flat = (doc: PlanDocument): Section[] => doc.sections.flatMap(function walk(s): Section[] {
  return [s, ...s.children.flatMap(walk)];
});
const kinds = (doc: PlanDocument) => doc.frontMatter.map((b) => b.kind);

/** Heads as real pages print them: each case is the order one kind of site uses. */
describe('the head of a page, read as a whole', () => {
  it('a crawler header, a breadcrumb run into one long line, the notice, signature and date glued to the plan title', async () => {
    const body = [
      '当前位置： 首页政务公开最新文件部门文件 某某区管理局关于印发某某区2023年安全生产工作要点的通知 时间：2023-08-31 18:20 微信 微博',
      '各处室，各村（居）：现将《某某区2023年安全生产工作要点》印发给你们，请认真贯彻落实。 某某区管理局 2023年8月30日某某区2023年安全生产工作要点',
      '2023年全区安全生产工作的主要任务：以习近平新时代中国特色社会主义思想为指导，统筹发展和安全。一、健全落实机制（一）深刻领会迅速部署。深入学习贯彻。（二）一以贯之狠抓落实。一是建立机制。二是强化制度。',
    ].join(' ');
    const text = ['标题: 某某区管理局关于印发某某区2023年安全生产工作要点的通知', '发布时间: 2023-08-31 18:20', '发布机构: 某某区管理局', '==================== 正文 ====================', body].join('\n');
    const doc = await parseText(text, { path: 'page.txt' });
    expect(doc.meta).toMatchObject({ title: '某某区2023年安全生产工作要点', year: 2023, issuers: ['某某区管理局'], issueDate: '2023-08-30' });
    expect(kinds(doc)).toEqual(expect.arrayContaining(['metadata', 'chrome', 'notice', 'addressees', 'signature', 'date', 'title']));
    expect(flat(doc).map((s) => `${s.id} ${s.title}`)).toEqual(['1 健全落实机制', '1.1 深刻领会迅速部署', '1.2 一以贯之狠抓落实']);
    expect(doc.times.map((t) => t.text)).not.toContain('2023-08-31');
  });

  it('metadata as label value lines and a notice whose numbered instructions are not the plan', async () => {
    const text = [
      '索引号 xzfg/2021-1547 公开目录: 县政府办',
      '文号 泉政办函〔2021〕12号 成文日期: 2021年04月23日',
      '泉水县人民政府办公室关于印发《泉水县2021年政务公开工作任务分解一览表》的通知',
      '各镇人民政府,县政府各工作部门:',
      '现将《泉水县2021年政务公开工作任务分解一览表》印发给你们,请认真抓好落实,并就有关事项通知如下:',
      '一、细化任务,夯实责任。各责任单位要细化分解任务。',
      '二、跟踪督导,严格奖惩。县政府办要定期跟踪督办。',
      '泉水县人民政府办公室',
      '2021年4月23日',
      '泉水县2021年政务公开工作任务分解一览表',
      '一、推进决策公开',
      '（一）做好政策解读',
    ].join('\n');
    const doc = await parseText(text, { path: 'page.txt' });
    expect(doc.meta).toMatchObject({ title: '泉水县2021年政务公开工作任务分解一览表', region: '泉水县', issuers: ['泉水县人民政府办公室'], issueDate: '2021-04-23', docNumber: '泉政办函〔2021〕12号' });
    expect(flat(doc).map((s) => `${s.id} ${s.title}`)).toEqual(['1 推进决策公开', '1.1 做好政策解读']);
  });

  it('a site column tag, a view counter and a split title do not end the head', async () => {
    const text = ['【通知公告】', '浏览次数: 1024', '区农业农村工作', '2022年工作要点', '2022年,全区农业农村工作坚持稳中求进。', '一、稳定粮食生产'].join('\n');
    const doc = await parseText(text, { path: 'page.txt' });
    expect(doc.meta.title).toBe('区农业农村工作2022年工作要点');
    expect(flat(doc).map((s) => s.title)).toEqual(['稳定粮食生产']);
    expect(doc.preamble?.text.startsWith('2022年,全区')).toBe(true);
  });

  it('a notice that is itself the plan: its body is the preamble', async () => {
    const text = ['某某管委会办公室关于2012年政府信息公开重点工作安排的通知', '各乡镇人民政府,区直各单位:', '根据我区实际,现提出以下意见,请认真贯彻落实。', '一、提高认识。', '二、突出重点。'].join('\n');
    const doc = await parseText(text, { path: 'page.txt' });
    expect(doc.meta.title).toBe('某某管委会办公室关于2012年政府信息公开重点工作安排的通知');
    expect(doc.preamble?.text).toContain('现提出以下意见');
  });
});

describe('pages that hold more or less than one plan', () => {
  it('a compilation yields the first plan and a warning', async () => {
    const text = ['2024年团青工作计划篇1', '一、学习贯彻会议精神', '1、开展学习活动。', '2024年团青工作计划篇2', '一、加强组织建设'].join('\n');
    const doc = await parseText(text, { path: 'page.txt' });
    expect(doc.meta.title).toBe('2024年团青工作计划');
    expect(flat(doc).map((s) => s.id)).toEqual(['1', '1.1']);
    expect(doc.warnings.map((w) => w.code)).toContain('outline/compilation');
    expect(doc.backMatter.map((b) => b.kind)).toEqual(['other']);
  });

  it('attachments after the plan are back matter, not its outline', async () => {
    const text = ['某县2023年农民培训实施方案', '一、目标任务', '完成培训1000人次。', '附件：1.培训机构建档基本资料目录 2.培训台账', '1.培训时间', '2.培训人数'].join('\n');
    const doc = await parseText(text, { path: 'page.txt' });
    expect(flat(doc).map((s) => s.title)).toEqual(['目标任务']);
    expect(doc.backMatter[0]!.kind).toBe('attachment');
  });

  it('a page that opens mid-plan keeps the later top-level items at the top', async () => {
    const doc = await parseText('（4）加强督查。对各地进行督查。\n（5）强化考核。\n五、保障措施\n（一）加强领导\n六、工作要求\n', { path: 'page.txt' });
    expect(doc.sections.map((s) => s.marker)).toEqual(['（4）', '（5）', '五、', '六、']);
    expect(doc.sections[2]!.children.map((s) => s.title)).toEqual(['加强领导']);
  });
});

describe('titles that run into their bodies', () => {
  it.each([
    ['（十）开展旅游安全专项整治一是深化景区网格化安全监管。', '开展旅游安全专项整治'],
    ['一、主要目标以城乡环境综合整治攻坚计划为平台，提升城市品质。', '主要目标'],
    ['（一）统筹学习，加强政治思想教育以习近平新时代中国特色社会主义思想为指导，营造氛围。', '统筹学习，加强政治思想教育'],
    ['一、强化组织领导局党委对禁毒工作负总责，党委书记履行第一责任人职责。', '强化组织领导'],
    ['1.全面公开省级政府工作部门权力清单和责任清单省编办（省审改办）省直各部门，各设区市及时动态更新。', '全面公开省级政府工作部门权力清单和责任清单'],
    ['（三）一般检查对象（164个工作日）对16家企业进行抽查。', '一般检查对象（164个工作日）'],
    ['（二）畜禽生产环节治理指标：抽检合格率98%以上。', '畜禽生产环节'],
    ['1.增强政策制定实施的透明度和可预期性，提振市场主体信心，持续打造营商环境。', '增强政策制定实施的透明度和可预期性，提振市场主体信心，持续打造营商环境'],
    ['一、以服务我村建设为中心,紧紧围绕妇女工作主线,立足基层;通过活动凝聚妇女。', '以服务我村建设为中心,紧紧围绕妇女工作主线,立足基层'],
  ])('%s', async (line, title) => {
    const doc = await parseText(`某县2023年工作要点\n${line}\n`, { path: 'plan.txt' });
    expect(flat(doc)[0]!.title).toBe(title);
  });
});

describe('a title where no title line is printed', () => {
  it('the headline above the addressees of a notice that is the plan', async () => {
    const doc = await parseText('close\n吉林省:深入开展“吉林无欠薪”三年行动\n各市(州)人民政府,省政府各厅委办:\n为深入贯彻决策部署,现就有关事项通知如下:\n一、行动目标\n', { path: 'page.txt' });
    expect(doc.meta.title).toBe('吉林省:深入开展“吉林无欠薪”三年行动');
  });

  it('the plan its preamble names, and the place that name opens with', async () => {
    const doc = await parseText('为深入贯彻落实上级关于政务公开工作的决策部署,结合街道工作实际,特制定中都街道政务公开工作实施方案。\n一、强化组织领导\n', { path: 'page.txt' });
    expect(doc.meta).toMatchObject({ title: '中都街道政务公开工作实施方案', region: '中都街道' });
  });
});
