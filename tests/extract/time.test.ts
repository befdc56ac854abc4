import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/extract-time.js';
import { extractFrom } from '../helpers/doc-context.js';
import type { DraftOf } from '../../src/extract/types.js';
import { loadGrammars } from '../../src/grammar/load.js';

type Row = [text: string, kind: string, normalized?: Record<string, string>];

/** The times of a sentence in a plan whose own year is `year`: [printed, kind, normalized]. */
function timesOf(sentence: string, year = 2022): Row[] {
  const { drafts } = extractFrom(extractTimes, sentence, { year });
  return drafts.map((d) => {
    const t = d as DraftOf<'time'> & { text: string };
    return t.normalized ? [t.text, t.kind, t.normalized] : [t.text, t.kind];
  });
}

describe('times in real sentences (plan year 2022 unless stated)', () => {
  it.each<[string, Row[]]>([
    // Deadlines
    ['2022年秋季学期前完成普通高中选课走班工作。', [['2022年秋季学期前', 'due', { end: '2022-08-31' }]]],
    ['到2022年底，全县乡镇中心校以上学校教师全部完成培训。', [['到2022年底', 'due', { end: '2022-12-31' }]]],
    ['年底前完成校舍安全排查。', [['年底前', 'due', { end: '2022-12-31' }]]],
    ['年内争取有2个以上的县区通过国家督导评估。', [['年内', 'due', { end: '2022-12-31' }]]],
    ['力争2025年前建成一批优质学校。', [['2025年前', 'due', { end: '2025-12-31' }]]],
    ['各校于次年3月底前报送总结。', [['次年3月底前', 'due', { end: '2023-03-31' }]]],
    ['新建幼儿园于2022年秋季投入使用。', [['2022年秋季', 'due', { end: '2022-09-01' }]]],
    ['确保2023年秋季学期城区学位资源满足需求。', [['2023年秋季学期', 'due', { end: '2023-09-01' }]]],
    ['2022年完成各类培训3万人次。', [['2022年', 'due', { end: '2022-12-31' }]]],
    ['截至2023年6月，全市完成改造。', [['截至2023年6月', 'due', { end: '2023-06-30' }]]],
    ['6月30日前上报市教育局。', [['6月30日前', 'due', { end: '2022-06-30' }]]],
    ['秋季开学前完成校舍维修。', [['秋季开学前', 'due', { end: '2022-08-31' }]]],
    ['到“十四五”末，全面建成教育强县。', [['“十四五”末', 'due', { end: '2025-12-31' }]]],
    // Periods
    ['学生校外培训负担1年内有效减轻、2年内成效显著。', [['1年内', 'period', { start: '2022-01-01', end: '2022-12-31' }], ['2年内', 'period', { start: '2022-01-01', end: '2023-12-31' }]]],
    ['十四五期间，新建改扩建学校20所。', [['十四五期间', 'period', { start: '2021-01-01', end: '2025-12-31' }]]],
    ['2022—2023学年起全面实施。', [['2022—2023学年', 'period', { start: '2022-09-01', end: '2023-08-31' }]]],
    ['2021年至2025年，每年新增学位1000个。', [['2021年至2025年', 'period', { start: '2021-01-01', end: '2025-12-31' }], ['每年', 'recurring', { every: 'P1Y' }]]],
    ['2022年3月至6月开展专项整治。', [['2022年3月至6月', 'period', { start: '2022-03-01', end: '2022-06-30' }]]],
    ['自2022年9月1日起施行。', [['2022年9月1日起', 'period', { start: '2022-09-01' }]]],
    ['近三年来，全县新增学位5000个。', [['近三年来', 'period']]],
    ['暑假期间开展校外培训治理。', [['暑假期间', 'period', { start: '2022-07-01', end: '2022-08-31' }]]],
    // Recurrences
    ['中小学校党组织书记每半年向局党组织汇报工作。', [['每半年', 'recurring', { every: 'P6M' }]]],
    ['每季度开展一次督导。', [['每季度', 'recurring', { every: 'P3M' }]]],
    ['小学、初中学段每学期不低于6个课时。', [['每学期', 'recurring', { every: 'semester' }]]],
    ['继续做好每学年度教师信息素养提升工作。', [['每学年度', 'recurring', { every: 'P1Y' }]]],
    ['举办一年一度的教育宣传周活动。', [['一年一度', 'recurring', { every: 'P1Y' }]]],
    ['以“一季度一主题”专项督导为抓手。', [['一季度一主题', 'recurring', { every: 'P3M' }]]],
    ['每两年开展一次评选。', [['每两年', 'recurring', { every: 'P2Y' }]]],
    ['落实学生每天校内外各1小时体育活动。', [['每天', 'recurring', { every: 'P1D' }]]],
    // Dates
    ['上半年完成招聘，下半年开展培训。', [['上半年', 'due', { end: '2022-06-30' }], ['下半年', 'date', { start: '2022-07-01', end: '2022-12-31' }]]],
    ['做好2021年度州对县人民政府履行教育职责考核工作。', [['2021年度', 'date', { start: '2021-01-01', end: '2021-12-31' }]]],
    ['购买学位总数比上一年度减少5%以上。', [['上一年度', 'date', { start: '2021-01-01', end: '2021-12-31' }]]],
    ['二〇二三年三月二十七日召开会议。', [['二〇二三年三月二十七日', 'date', { start: '2023-03-27', end: '2023-03-27' }]]],
    ['第三季度组织检查。', [['第三季度', 'date', { start: '2022-07-01', end: '2022-09-30' }]]],
  ])('%s', (sentence, expected) => {
    expect(timesOf(sentence)).toEqual(expected);
  });

  it('pins relative dates to the plan year, never to the clock', () => {
    expect(timesOf('年底前完成。', 2019)).toEqual([['年底前', 'due', { end: '2019-12-31' }]]);
    expect(timesOf('次年3月底前报送。', 2030)).toEqual([['次年3月底前', 'due', { end: '2031-03-31' }]]);
  });

  it('leaves relative dates unpinned when the plan has no year', () => {
    const { drafts } = extractFrom(extractTimes, '年底前完成。', {});
    expect((drafts as DraftOf<'time'>[]).map((d) => [d.kind, d.normalized])).toEqual([['due', undefined]]);
  });

  it('keeps spans and text as printed in a traditional-character plan', () => {
    expect(timesOf('每學期開展一次，年內完成。')).toEqual([['每學期', 'recurring', { every: 'semester' }], ['年內', 'due', { end: '2022-12-31' }]]);
  });
});

describe('what is not a time', () => {
  it.each([
    ['the plan’s own year opening its framing sentence', '2022年，全县教育工作以习近平新时代中国特色社会主义思想为指导。'],
    ['the plan’s own year naming the plan', '2022年教育工作的总体要求是：'],
    ['the plan’s own year as the subject of a sentence', '2022年是实施“十四五”规划的关键之年。'],
    ['years inside a 《》 title', '出台《瓮安县教育高质量发展三年行动规划（2022—2024）》《“十四五”教育规划》。'],
    ['years in brackets right after a title', '落实《教师队伍建设实施意见》（2021—2025年）。'],
    ['an edition', '落实义务教育课程方案和课程标准（2022年版）。'],
    ['a document number', '贯彻国发〔2022〕2号文件精神。'],
    ['a fused number (warned about by metrics)', '实现20202022年目标。'],
    ['an award named after a month', '全面开展每月之星活动。'],
    ['the five-year plan as a name', '落实“十四五”教育事业发展规划。'],
    ['a grade, a programme name, a per-grade count', '高三年级实施三年行动计划，每个年级配备2名教师。'],
    ['a backwards range', '2025-2021'],
    ['a duration that is a target value (a metric)', '企业开办时间压缩至1个工作日以内，审批时间控制在60个工作日内。'],
  ])('%s', (_why, sentence) => {
    expect(timesOf(sentence)).toEqual([]);
  });
});

describe('a title that is a summary and a plan at once', () => {
  const title = '长治市上党区统计局2020年工作总结暨2021年工作计划';
  const timesIn = (sentence: string) => extractFrom(extractTimes, sentence, { year: 2021, title }).drafts.map((d) => d.text);

  it('reads the other year its title names as framing too, where it frames', () => {
    expect(timesIn('现将2020年我局工作总结如下：')).toEqual([]);
    expect(timesIn('2020年，全区地区生产总值完成220.1亿元。')).toEqual([]);
  });

  it('keeps that year where it dates something, and other years as before', () => {
    expect(timesIn('2020年2月成立普查领导小组。')).toEqual(['2020年2月']);
    expect(timesIn('确保到2020年底前完成。')).toEqual(['到2020年底前']);
    expect(timesIn('现将2019年工作总结如下：')).toEqual(['2019年']);
  });
});

describe('grammars/times.json data', () => {
  const grammars = loadGrammars();
  const data = (id: string) => grammars.rule(id).data as Record<string, Record<string, unknown>>;
  const words = (part: string) => [...grammars.part(part).matchAll(/[^(?:|)\\]+/gu)].map((m) => m[0]);

  it.each([
    ['timeYearPart', 'time/year', 'parts'],
    ['timeYearlessPart', 'time/year', 'parts'],
    ['timeRelYear', 'time/year', 'relativeYears'],
    ['timeEveryUnit', 'time/every', 'every'],
  ])('every word of %s has its calendar in %s data.%s', (part, rule, key) => {
    const table = data(rule)[key]!;
    expect(words(part).length).toBeGreaterThan(5);
    expect(words(part).filter((w) => !(w in table))).toEqual([]);
  });
});

describe('more layouts and genres', () => {
  it.each<[string, Row[]]>([
    ['医共体建设2023年底前实现全覆盖。', [['2023年底前', 'due', { end: '2023-12-31' }]]],
    ['二季度末前完成中期评估。', [['二季度末前', 'due', { end: '2022-06-30' }]]],
    ['元旦、春节期间加强值班值守，汛期前完成隐患排查。', [['春节期间', 'period'], ['汛期前', 'due']]],
    ['请于2023.3.28前报送。', [['2023.3.28前', 'due', { end: '2023-03-28' }]]],
    ['今年以来，全市接待游客500万人次。', [['今年以来', 'period', { start: '2022-01-01' }]]],
    ['每季度末开展一次通报，5个工作日内办结。', [['每季度末', 'recurring', { every: 'P3M' }], ['5个工作日内', 'period']]],
    ['到2025年，全县学前三年毛入园率达到95%。', [['到2025年', 'due', { end: '2025-12-31' }]]],
    // 全年 is the plan's own year: not a time in running text (no reader of the real plans marked it).
    ['全年实施重点文旅项目30个。', []],
    ['每年4月举办读书月活动，每月15日前报送进度。', [['每年4月', 'recurring', { every: 'P1Y' }], ['每月15日前', 'recurring', { every: 'P1M' }]]],
    ['2023年3-5月开展专项行动，1—6月累计接待游客。', [['2023年3-5月', 'period', { start: '2023-03-01', end: '2023-05-31' }], ['1—6月', 'period', { start: '2022-01-01', end: '2022-06-30' }]]],
    ['2023年5月8—12日举办培训班，10月1日至7日加强值守。', [['2023年5月8—12日', 'period', { start: '2023-05-08', end: '2023-05-12' }], ['10月1日至7日', 'period', { start: '2022-10-01', end: '2022-10-07' }]]],
    ['11月中旬组织验收。', [['11月中旬', 'due', { end: '2022-11-20' }]]],
  ])('%s', (sentence, expected) => {
    expect(timesOf(sentence)).toEqual(expected);
  });

  it('does not take a slogan of change for a recurrence', () => {
    expect(timesOf('实现一年一变样、三年大变样。')).toEqual([]);
  });

  it('does not take the issue date for a time, even inside a block', () => {
    const { drafts } = extractFrom(extractTimes, '2023年3月28日', { year: 2023, issueDate: '2023-03-28' });
    expect(drafts).toEqual([]);
  });
});

describe('deadline columns of flattened task tables', () => {
  it('makes a time in a 完成时限 column the row’s deadline, spans included', () => {
    const table = ['序号\t重点任务\t牵头单位\t完成时限', '1\t新建学校3所\t县教育局\t2024年12月', '2\t招聘教师120名\t县教育局\t全年', '3\t实施营养改善计划\t县教育局\t3—6月', '4\t开展安全整治\t县教育局\t每季度'].join('\n');
    expect(timesOf(table, 2024)).toEqual([
      ['2024年12月', 'due', { end: '2024-12-31' }],
      ['全年', 'due', { end: '2024-12-31' }],
      ['3—6月', 'due', { end: '2024-06-30' }],
      ['每季度', 'recurring', { every: 'P3M' }],
    ]);
  });

  it('leaves the same times in a table without a deadline column as they are: 全年 is then no time', () => {
    const table = ['序号\t重点任务\t牵头单位\t备注', '1\t招聘教师120名\t县教育局\t全年', '2\t开展安全整治\t县教育局\t每季度'].join('\n');
    expect(timesOf(table, 2024)).toEqual([['每季度', 'recurring', { every: 'P3M' }]]);
  });
});
