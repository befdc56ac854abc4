import { describe, expect, it } from 'vitest';
import { extractFrom } from '../helpers/doc-context.js';
import { extractMetrics } from '../../src/extract/extract-metric.js';

type Row = [sentence: string, text: string, value: number, unit: string, normalized: number, normUnit: string, cmp: string, subject?: string, max?: number];

// Real sentences from the corpus and from plans of other topics; the expected metric is
// the one whose printed text is `text`.
const rows: Row[] = [
  ['计划招聘教师196名,人才引进20名', '196名', 196, '名', 196, '名', '=', '教师'],
  ['选派76名正副校（园）长到省内外名校跟岗挂职学习', '76名', 76, '名', 76, '名', '=', '正副校（园）长'],
  ['完成固定资产投资2亿元、争资争项2.2亿元以上目标任务', '2亿元', 2, '亿元', 200000000, '元', '=', '固定资产投资'],
  ['完成固定资产投资2亿元、争资争项2.2亿元以上目标任务', '2.2亿元以上', 2.2, '亿元', 220000000, '元', '>='],
  ['投资3000余万元,改造义务教育学校12所', '3000余万元', 3000, '万元', 30000000, '元', '~'],
  ['投资3000余万元,改造义务教育学校12所', '12所', 12, '所', 12, '所', '=', '义务教育学校'],
  ['公办园入园率达74.5%以上', '74.5%以上', 74.5, '%', 74.5, '%', '>=', '公办园入园率'],
  ['大班额占比控制在5%以内', '5%以内', 5, '%', 5, '%', '<=', '大班额占比'],
  ['义务教育辍学率控制在0.5%以下', '0.5%以下', 0.5, '%', 0.5, '%', '<=', '义务教育辍学率'],
  ['校长、教师、班主任共计不少于100名', '100名', 100, '名', 100, '名', '>='],
  ['临聘教师比例超过5%的地区', '5%', 5, '%', 5, '%', '>=', '临聘教师比例'],
  ['创建课改示范校8至10所', '8至10所', 8, '所', 8, '所', 'range', '课改示范校', 10],
  ['名班主任、名校长工作室各3—5间', '3—5间', 3, '间', 3, '间', 'range', undefined, 5],
  ['加大15-59周岁未就业人员学历提升力度', '15-59周岁', 15, '周岁', 15, '周岁', 'range', undefined, 59],
  ['开展两次意识形态形势分析研判', '两次', 2, '次', 2, '次', '='],
  ['浙江省一级幼儿园3所以上', '3所以上', 3, '所', 3, '所', '>=', '浙江省一级幼儿园'],
  ['每年完成各类培训90个学时以上', '90个学时以上', 90, '个学时', 90, '学时', '>='],
  ['初中学段每学期不低于6个课时', '6个课时', 6, '个课时', 6, '课时', '>='],
  ['巩固率达到百分之九十五以上', '百分之九十五以上', 95, '%', 95, '%', '>='],
  ['全年接待游客1200万人次以上', '1200万人次以上', 1200, '万人次', 12000000, '人次', '>='],
  ['新增城镇就业1.2万人', '1.2万人', 1.2, '万人', 12000, '人', '='],
  ['孕产妇死亡率控制在10/10万以下', '10/10万以下', 10, '/10万', 10, '/10万', '<=', '孕产妇死亡率'],
  ['企业开办时间压缩至1个工作日以内', '1个工作日以内', 1, '个工作日', 1, '工作日', '<='],
  ['审批时间控制在60个工作日内', '60个工作日内', 60, '个工作日', 60, '工作日', '<=', '时间'],
  ['高考一本上线人数力争突破300人', '300人', 300, '人', 300, '人', '>=', '上线人数'],
  ['婴儿死亡率控制在5‰以内', '5‰以内', 5, '‰', 5, '‰', '<='],
  ['人均预期寿命达到78.5岁', '78.5岁', 78.5, '岁', 78.5, '岁', '=', '人均预期寿命'],
  ['政务服务事项办理时限压缩至5个工作日', '5个工作日', 5, '个工作日', 5, '工作日', '<='],
  ['全年送戏下乡200场次', '200场次', 200, '场次', 200, '场次', '='],
  ['全县约3000名教师参加培训', '3000名', 3000, '名', 3000, '名', '~', '教师'],
  ['两千零五十名学生参加', '两千零五十名', 2050, '名', 2050, '名', '=', '学生'],
  ['筹措资金三千万元', '三千万元', 3000, '万元', 30000000, '元', '='],
  ['培訓教師３０００人次', '３０００人次', 3000, '人次', 3000, '人次', '='],
  ['新建（改建）老年学堂一所', '一所', 1, '所', 1, '所', '='],
  ['培育20多个特色品牌', '20多个', 20, '个', 20, '个', '~', '特色品牌'],
  // Rates jieba cuts apart or tags as verbs (就诊/v 率/v, 诊疗/v 量 占/v 比/p, 管理/vn 率).
  ['县域内就诊率达到90%以上', '90%以上', 90, '%', 90, '%', '>=', '县域内就诊率'],
  ['基层医疗卫生机构诊疗量占比提高到65%', '65%', 65, '%', 65, '%', '=', '诊疗量占比'],
  ['65岁及以上老年人健康管理率达到70%', '70%', 70, '%', 70, '%', '=', '管理率'],
  ['优秀率提高1.5个百分点', '1.5个百分点', 1.5, '个百分点', 1.5, '个百分点', '=', '优秀率'],
];

describe('extractMetrics: values, units, comparators, subjects and spans', () => {
  it.each(rows)('%s → %s', (sentence, text, value, unit, normalized, normUnit, cmp, subject, max) => {
    const { drafts } = extractFrom(extractMetrics, sentence, { year: 2022 });
    const found = drafts.find((d) => d.text === text);
    expect(found, drafts.map((d) => d.text).join(' | ')).toBeDefined();
    expect(found).toMatchObject({ entity: 'metric', value, unit, cmp, normalized: { value: normalized, unit: normUnit } });
    if (subject !== undefined) expect(found).toMatchObject({ subject });
    if (max !== undefined) expect(found).toMatchObject({ max });
    else expect(found).not.toHaveProperty('max');
  });

  it('finds every metric of a sentence and nothing else', () => {
    const { drafts } = extractFrom(extractMetrics, '完成6所城镇小区配套幼儿园建设,启动建设瓮安第六中学,完成瓮安二小改扩建', { year: 2022 });
    expect(drafts.map((d) => d.text)).toEqual(['6所']);
  });

  it('spreads a trailing qualifier over an enumeration (分别达到95%、55%以上)', () => {
    const { drafts } = extractFrom(extractMetrics, '普惠性幼儿园、公办园在园幼儿占比分别达到95%、55%以上');
    expect(drafts.map((d) => [d.text, (d as { cmp: string }).cmp])).toEqual([
      ['95%', '>='],
      ['55%以上', '>='],
    ]);
  });

  it('spreads a leading qualifier forward (不低于90%、85%)', () => {
    const { drafts } = extractFrom(extractMetrics, '优良率不低于90%、85%');
    expect(drafts.map((d) => (d as { cmp: string }).cmp)).toEqual(['>=', '>=']);
  });

  it('keeps qualifiers apart across a comma', () => {
    const { drafts } = extractFrom(extractMetrics, '学前段入学安置率保持100%,义务段保持99%以上,高中段达88%');
    expect(drafts.map((d) => [d.text, (d as { cmp: string }).cmp])).toEqual([
      ['100%', '='],
      ['99%以上', '>='],
      ['88%', '='],
    ]);
  });
});

describe('extractMetrics: fused numbers', () => {
  it('cuts a glued year off a share and warns (2022100%)', () => {
    const { drafts, warnings } = extractFrom(extractMetrics, '确保2022100%完成建设改造', { year: 2022 });
    expect(drafts.map((d) => [d.text, (d as { value: number }).value])).toEqual([['100%', 100]]);
    expect(warnings).toMatchObject([{ code: 'metric/fused-number', start: 2, end: 10 }]);
  });

  it('cuts a glued year off a count (202260项)', () => {
    const { drafts, warnings } = extractFrom(extractMetrics, '推进202260项教育重点工作落地落实', { year: 2022 });
    expect(drafts.map((d) => d.text)).toEqual(['60项']);
    expect(warnings).toHaveLength(1);
  });

  it('warns on two glued years but emits no metric (20202022年)', () => {
    const { drafts, warnings } = extractFrom(extractMetrics, '乡村教育振兴三年行动计划(20202022年)攻坚行动', { year: 2022 });
    expect(drafts).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'metric/fused-number' }]);
  });

  it('leaves plausible large counts alone (20500个)', () => {
    const { drafts, warnings } = extractFrom(extractMetrics, '新增义务教育公办学位20500个', { year: 2022 });
    expect(drafts.map((d) => d.text)).toEqual(['20500个']);
    expect(warnings).toEqual([]);
  });
});

describe('extractMetrics: numbers that are not metrics', () => {
  it.each([
    ['2022年,全县教育工作以高质量发展为统领'],
    ['二〇二二年三月二十七日'],
    ['2023年3月27日'],
    ['衷心拥护“两个确立”、忠诚践行“两个维护”,增强“四个意识”'],
    ['持续抓好“三会一课”,落实中央八项规定精神'],
    ['作业、读物等五项管理'],
    ['推进中小学思政课一体化建设,进一步完善'],
    ['遴选推出一批优质思政课程,加快打造一支业务过硬的队伍'],
    ['落实“十四五”教育事业发展规划,迎接党的二十大'],
    ['深入学习贯彻十九届六中全会精神、县委十四届十一次全会精神'],
    ['采取“1+X”模式,扩大“3+2”中高职一体化'],
    ['按照“5531”工作思路(着力5个聚焦,落实3个精准)'],
    ['坚持“第一议题”制度,启动第二轮普惠性民办幼儿园认定'],
    ['启动建设瓮安县第四中学,完成瓮安二小改扩建,推进三峡库区发展'],
    ['落实《瓮安县中小学幼儿园教师十严禁》《发展三年行动计划(2022—2024)》'],
    ['落实国发〔2022〕2号文件,贯彻渝府办〔2023〕10号精神'],
    ['学生校外培训负担1年内有效减轻、2年内成效显著'],
    ['每年开展培训,每3年轮训全体教师'],
    ['实行校际、校内二次绩效分配,开展好初三、高三年级模拟联考'],
    ['这项工作十分重要,一次性补助到位,完成一年一度的考核'],
    ['1.坚持党对教育的全面领导。2、强化政治理论武装。(3)提升基层党组织'],
    ['比上一年度减少,落实“一校一品”,启动实验中学二期项目建设'],
    ['庆祝建党100周年,坚持百年大计'],
  ])('%s', (sentence) => {
    expect(extractFrom(extractMetrics, sentence, { year: 2022 }).drafts.map((d) => d.text)).toEqual([]);
  });
});
