import { describe, expect, it } from 'vitest';
import { extractFrom } from '../helpers/doc-context.js';
import { extractOrgs } from '../../src/extract/extract-org.js';
import type { DraftOf } from '../../src/extract/types.js';

/** The org drafts found in a sentence (one block, section "1"), each with its printed text. */
function orgsIn(sentence: string) {
  return extractFrom(extractOrgs, sentence).drafts.filter((d): d is DraftOf<'org'> & { text: string } => d.entity === 'org');
}

/** [sentence, [name as printed, type, role][]] — real sentences from published plans. */
const mentions: Array<[string, Array<[string, string, string]>]> = [
  ['完成瓮安二小改扩建项目，启动建设瓮安第六中学学生宿舍建设项目', [['瓮安二小', 'school', 'mention'], ['瓮安第六中学', 'school', 'mention']]],
  ['启动建设瓮安县第十中学建设项目。实施“中职强基”建设，加快建设瓮安县中等职业学校产教融合实训基地。', [['瓮安县第十中学', 'school', 'mention'], ['瓮安县中等职业学校', 'school', 'mention']]],
  ['积极对接县财政加快拨付各级各类教育专项资金的支付进度。', [['县财政', 'gov', 'mention']]],
  ['联合市政法、公安等部门，成立专门教育指导委员会，加快推进市专门学校建设。', [['市政法', 'gov', 'mention'], ['公安', 'gov', 'mention'], ['市专门学校', 'school', 'mention']]],
  ['对标落实县委县政府决策部署', [['县委', 'gov', 'mention'], ['县政府', 'gov', 'mention']]],
  ['推进大邑中学创省一级示范性普通高中提升改造项目、大邑中学沙渠分校新建项目建成投用', [['大邑中学', 'school', 'mention'], ['大邑中学沙渠分校', 'school', 'mention']]],
  ['继续深化推进桐庐中学与杭州二中、富春高中与浙江师范大学、分水高中与长河高中的合作办学', [['桐庐中学', 'school', 'mention'], ['杭州二中', 'school', 'mention'], ['富春高中', 'school', 'mention'], ['浙江师范大学', 'other', 'mention'], ['分水高中', 'school', 'mention'], ['长河高中', 'school', 'mention']]],
  ['积极争取三峡集团、广州市教育局、山东烟台援助教师培训资金', [['三峡集团', 'other', 'mention'], ['广州市教育局', 'gov', 'mention']]],
  ['协调官渡镇人大对官渡片区教育资源布局开展专题调研；加快推进官渡初中分校、当阳幼儿园建设。', [['官渡镇人大', 'gov', 'mention'], ['官渡初中分校', 'school', 'mention'], ['当阳幼儿园', 'school', 'mention']]],
  ['充分发挥县委教育工作领导小组秘书组职能优势', [['县委教育工作领导小组秘书组', 'gov', 'mention']]],
  ['抓教研工作质量，切实发挥教研室“智库”作用', [['教研室', 'gov', 'mention']]],
  ['落实教育部《普通高中学校办学质量评价指南》', [['教育部', 'gov', 'mention']]],
  ['落实广东省教育厅“临聘教师数量‘只减不增’”的要求', [['广东省教育厅', 'gov', 'mention']]],
  ['设立瓮安县教育督导服务中心，配齐教育督导人员。', [['瓮安县教育督导服务中心', 'gov', 'mention']]],
  ['加强县教师发展中心建设，完善教研员选拔方式', [['县教师发展中心', 'gov', 'mention']]],
  ['推动县职业高中创建高水平职业院校。', [['县职业高中', 'school', 'mention']]],
  ['指导蔡场小学、沙渠学校、北街小学(西区)创建“成都市义务教育阶段新优质学校”', [['蔡场小学', 'school', 'mention'], ['沙渠学校', 'school', 'mention'], ['北街小学', 'school', 'mention']]],
  ['建设瓮安三中、草塘中学、江界河学校3所省级公办强校。', [['瓮安三中', 'school', 'mention'], ['草塘中学', 'school', 'mention'], ['江界河学校', 'school', 'mention']]],
  ['贯彻国务院联防联控机制工作要求和市委市政府决策部署', [['国务院', 'gov', 'mention'], ['市委', 'gov', 'mention'], ['市政府', 'gov', 'mention']]],
  ['推动清远市特殊教育学校向职教拓展。', [['清远市特殊教育学校', 'school', 'mention']]],
  ['推进县人民医院创建三级医院，加强县疾控中心能力建设，县文化馆、县图书馆免费开放。', [['县人民医院', 'other', 'mention'], ['县疾控中心', 'gov', 'mention'], ['县文化馆', 'gov', 'mention'], ['县图书馆', 'gov', 'mention']]],
  ['县委宣传部、团县委、县妇联联合开展活动，县公安局、县交警大队加强校园周边治理。', [['县委宣传部', 'gov', 'mention'], ['团县委', 'gov', 'mention'], ['县妇联', 'gov', 'mention'], ['县公安局', 'gov', 'mention'], ['县交警大队', 'gov', 'mention']]],
  ['支持县教育学会、县关工委开展活动，引进腾讯公司参与智慧校园建设', [['县教育学会', 'other', 'mention'], ['县关工委', 'gov', 'mention'], ['腾讯公司', 'other', 'mention']]],
  ['形成教育局抓名校长、名校长抓名班主任和名教师的全链条', [['教育局', 'gov', 'mention']]],
  ['认真贯彻党中央、国务院决策部署和省委省政府工作要求', [['党中央', 'gov', 'mention'], ['国务院', 'gov', 'mention'], ['省委', 'gov', 'mention'], ['省政府', 'gov', 'mention']]],
  ['国家卫生健康委、省卫生健康委开展督导，市场监管部门、公安机关加强执法，各县（市、区）教育局要抓好落实。', [['国家卫生健康委', 'gov', 'mention'], ['省卫生健康委', 'gov', 'mention']]],
  ['推进县融媒体中心与市广播电视台合作', [['县融媒体中心', 'gov', 'mention'], ['市广播电视台', 'other', 'mention']]],
  ['湘潭大学、湖南师范大学、长沙市第一中学、岳阳市一中、平江县三中开展结对。', [['湘潭大学', 'other', 'mention'], ['湖南师范大学', 'other', 'mention'], ['长沙市第一中学', 'school', 'mention'], ['岳阳市一中', 'school', 'mention'], ['平江县三中', 'school', 'mention']]],
  ['市自然资源和规划局、县文化和旅游局加强协作，县委和县政府统筹，市财政局和审计局监督。', [['市自然资源和规划局', 'gov', 'mention'], ['县文化和旅游局', 'gov', 'mention'], ['县委', 'gov', 'mention'], ['县政府', 'gov', 'mention'], ['市财政局', 'gov', 'mention'], ['审计局', 'gov', 'mention']]],
  ['市财政局、市发展和改革局配合，县住房和城乡建设局负责。', [['市财政局', 'gov', 'support'], ['市发展和改革局', 'gov', 'support'], ['县住房和城乡建设局', 'gov', 'lead']]],
  ['县纪委监委、县委政法委、县委网信办加强指导，县法院、县检察院依法办理。', [['县纪委监委', 'gov', 'mention'], ['县委政法委', 'gov', 'mention'], ['县委网信办', 'gov', 'mention'], ['县法院', 'gov', 'mention'], ['县检察院', 'gov', 'mention']]],
  // Bodies as the genre names them: 管委会 and 党工委 with or without their level, full names with a place inside.
  ['按照省委、省政府和区党工委、管委会工作要求，统筹发展和安全。', [['省委', 'gov', 'mention'], ['省政府', 'gov', 'mention'], ['区党工委', 'gov', 'mention'], ['管委会', 'gov', 'mention']]],
  ['平潭综合实验区管委会成立宜居环境建设指挥部，区党工委书记任指挥长。', [['平潭综合实验区管委会', 'gov', 'mention'], ['区党工委', 'gov', 'mention']]],
  ['国家税务总局平潭综合实验区税务局、人行平潭支行加强协作，区农业农村中心报名。', [['国家税务总局平潭综合实验区税务局', 'gov', 'mention'], ['人行平潭支行', 'other', 'mention'], ['区农业农村中心', 'gov', 'mention']]],
  ['习近平总书记主持召开中共中央政治局常务委员会会议听取最高人民法院党组工作汇报。', [['最高人民法院党组', 'gov', 'mention']]],
  // A department of two portfolios joined by 与, and a verb inside a name that a level opens.
  ['指挥部下设办公室，挂靠区交通与建设局，由区交通与建设局赖德芳局长任办公室主任。', [['区交通与建设局', 'gov', 'mention'], ['区交通与建设局', 'gov', 'mention']]],
  ['平潭综合实验区综合执法与应急管理局和平潭综合实验区安全生产与劳动保障执法支队均有其它工作职能。', [['平潭综合实验区综合执法与应急管理局', 'gov', 'mention'], ['平潭综合实验区安全生产与劳动保障执法支队', 'gov', 'mention']]],
  ['3.建立审批问题反馈机制。区经济发展局区行政审批局区直各有关单位', [['区经济发展局', 'gov', 'mention'], ['区行政审批局', 'gov', 'mention']]],
  ['其它部门按1/8法定工作日计算、区安全生产与劳动保障执法支队按3/4法定工作日计算', [['区安全生产与劳动保障执法支队', 'gov', 'mention']]],
  // Names glued to the word before them (flattened table cells): the scope prefix starts the name.
  ['加大政策公开力度省发改委省经信委省直各部门，做好重大突发事件处置省应急办省政府新闻办省直各部门', [['省发改委', 'gov', 'mention'], ['省经信委', 'gov', 'mention'], ['省应急办', 'gov', 'mention'], ['省政府新闻办', 'gov', 'mention']]],
  ['统一由区迎评工作领导小组办公室汇总，分别报区爱卫办、省宜居办。', [['区迎评工作领导小组办公室', 'gov', 'mention'], ['区爱卫办', 'gov', 'mention'], ['省宜居办', 'gov', 'mention']]],
  // Well-known short forms, national bodies in a long list, a template's anonymised place.
  ['2018年以省发改委、经信委、财政厅、卫计委、商务厅为试点单位，区安办、人大、政协配合。', [['省发改委', 'gov', 'mention'], ['经信委', 'gov', 'mention'], ['财政厅', 'gov', 'mention'], ['卫计委', 'gov', 'mention'], ['商务厅', 'gov', 'mention'], ['区安办', 'gov', 'support'], ['人大', 'gov', 'support'], ['政协', 'gov', 'support']]],
  ['民政部、税务总局、国资委、金融监管总局按职责分工落实，发现问题及时与派出所取得联系。', [['民政部', 'gov', 'mention'], ['税务总局', 'gov', 'mention'], ['国资委', 'gov', 'mention'], ['金融监管总局', 'gov', 'mention'], ['派出所', 'gov', 'mention']]],
  ['评分汇总表报送xx市生态环境局备案。', [['xx市生态环境局', 'gov', 'mention']]],
  // 各 reaches over a list to the names without a level of their own (街道办事处 here is every one of them).
  ['由县发展和改革局牵头，县财政局、县自然资源局配合，各乡镇人民政府、街道办事处负责。', [['县发展和改革局', 'gov', 'lead'], ['县财政局', 'gov', 'support'], ['县自然资源局', 'gov', 'support']]],
  ['团县委、县妇联、县总工会、县残联要各司其职，区委常委会定期研究。', [['团县委', 'gov', 'mention'], ['县妇联', 'gov', 'mention'], ['县总工会', 'gov', 'mention'], ['县残联', 'gov', 'mention'], ['区委常委会', 'gov', 'mention']]],
  ['市委编办加强指导，县委县政府高度重视。', [['市委编办', 'gov', 'mention'], ['县委', 'gov', 'mention'], ['县政府', 'gov', 'mention']]],
  // Companies: long names over trade words and places; a company's unit is a company.
  ['重点检查企业1平潭港务发展有限公司非煤矿山2福建乾韵轩红木家具有限公司粉尘涉爆', [['平潭港务发展有限公司', 'other', 'mention'], ['福建乾韵轩红木家具有限公司', 'other', 'mention']]],
  ['中国石油化工股份有限公司福建福州平潭石油分公司、区交通投资集团有限公司组织实施。', [['中国石油化工股份有限公司福建福州平潭石油分公司', 'other', 'mention'], ['区交通投资集团有限公司', 'other', 'mention']]],
  ['危险化学品1中石化森美（福建）石油有限公司福州平潭上楼加油站危险化学品', [['中石化森美（福建）石油有限公司福州平潭上楼加油站', 'other', 'mention']]],
  ['涉氨制冷13平潭县五埕安乔水产养殖加工厂涉氨制冷23平潭常年烟花爆竹经营部烟花爆竹', [['平潭县五埕安乔水产养殖加工厂', 'other', 'mention'], ['平潭常年烟花爆竹经营部', 'other', 'mention']]],
  // A short name the document gives a body is that body wherever it is used; the definition is not another mention.
  ['安全生产协调处（以下简称协调处）、危险化学品安全生产监督管理处（以下简称危化处）工作人员按法定工作日计算。协调处、危化处共11人。', [['安全生产协调处', 'gov', 'mention'], ['危险化学品安全生产监督管理处', 'gov', 'mention'], ['协调处', 'gov', 'mention'], ['危化处', 'gov', 'mention']]],
  ['平潭综合实验区综合执法与应急管理局和平潭综合实验区安全生产与劳动保障执法支队（以下简称安劳支队）均有其它职能，安劳支队10人。', [['平潭综合实验区综合执法与应急管理局', 'gov', 'mention'], ['平潭综合实验区安全生产与劳动保障执法支队', 'gov', 'mention'], ['安劳支队', 'gov', 'mention']]],
];

describe('org mentions', () => {
  it.each(mentions)('%s', (sentence, expected) => {
    const drafts = orgsIn(sentence);
    expect(drafts.map((d) => [d.text, d.type, d.role])).toEqual(expected);
    for (const d of drafts) expect(d.name).toBe(d.text);
  });
});

/** Generic plurals, kinds of school, and words that only end like an org. */
const none = [
  '督促各级各类学校开展好宣传教育、应急管理等工作。',
  '进一步明确校外减负工作各部门职责，有关部门要加强监管，相关部门配合。',
  '统筹推进中小学和民办学校党建工作，学校要积极开展消防紧急疏散演练。',
  '支持鼓励各中小学、幼儿园根据本校实际创建体育项目特色学校。',
  '扩大农村薄弱学校网校云端学校建设，鼓励城镇人才教师到农村薄弱学校支教。',
  '建设5所劳动教育示范学校，创建30所市级“劳动教育特色学校”。',
  '加大财政投入，全面压减作业总量，防止增加孩子过重课外负担。',
  '推动建立与新型城镇化相适应的学校布局，形成多元办学格局。',
  '高标准建设社区教育学校和工作站，新建老年学堂一所。',
  '构建大邑县智慧教育云数据中心，扩大优质教育资源覆盖面。',
  '杜绝民办幼儿园小学化倾向，督促县(市、区)政府落实主体责任。',
  '建立名师、名班主任、名校长工作室各3—5间，完善功能室建设。',
  '认真办理人大代表建议和政协委员提案，负责人要亲自抓。',
  '出台《瓮安县人民政府教育督导委员会工作规程》，创建“清远市卓越高中学校”。',
  '落实未成年人学校保护措施，提高全县中小学校办学水平。',
  '推进乡镇卫生院、村卫生室标准化建设，二级以上医院全部开展远程医疗，县级医院能力提升，支持养老机构发展。',
  '村委会、居委会协同开展排查，党支部要发挥战斗堡垒作用。',
  // 局 inside 布局/格局/大局, 部 of 全部, 厅 of 大厅; kinds of school; platforms, meetings and generic plurals named after a body.
  '坚持服务大局、司法为民，优化产业布局，推动形成全面开放新格局，顾大局。',
  '建立疑难事项联合会商机制，辖区学校要办好人民满意学校，上市肉品全部实现可追溯。',
  '全面提升省网上办事大厅服务能力，部署设区市政府门户网站IPv6，加快各地各部门政府网站与中国政府网的互联互通。',
  '贯彻市第十三次党代会、市委十三届二次全体(扩大)会议精神，学习中央政治局民主生活会精神。',
  '省政府各部门、各直属机构，各乡镇人民政府（街道办事处）要抓好落实，省、市（县、区）档案馆规范建设。',
  '对1家批发公司开展检查，鼓励社会资本成立有限公司，支持民营医院发展，村务监督委员会各司其职，设立中小企业融资担保公司。',
  '落实《规定》（以下简称《规定》）要求，实施医药卫生体制改革(以下简称医改)。',
  '打造城市副中心和区域中心，建强支部，办好学校，建立区域医疗中心。',
  '压实市县级政府主体责任，督促各级各类学校落实。',
  '强化党员活动中心建设，围绕中心工作，全部完成，落实公共场所管理，充分发挥学校主阵地作用。',
  '市直各单位、县直部门、市级各部门按职责分工负责。',
  '十四五期间新建改扩建幼儿园10所，迁建学校2所，新增幼儿园3所。',
];

describe('not orgs', () => {
  it.each(none.map((s) => [s]))('%s', (sentence) => {
    expect(orgsIn(sentence).map((d) => d.text)).toEqual([]);
  });
});

describe('traditional characters', () => {
  it('finds the short forms of a traditional text', () => {
    const drafts = orgsIn('為深入貫徹黨中央、國務院關於切實解決農民工工資問題的決策部署');
    expect(drafts.map((d) => d.text)).toEqual(['黨中央', '國務院']);
  });

  it('reads the normalised text but keeps the printed name', () => {
    const drafts = orgsIn('二、加強學校建設。配合臨湘市教育體育局做好學校佈局調整工作，臨湘市財政局負責經費保障。');
    expect(drafts.map((d) => [d.text, d.name, d.type])).toEqual([
      ['臨湘市教育體育局', '臨湘市教育體育局', 'gov'],
      ['臨湘市財政局', '臨湘市財政局', 'gov'],
    ]);
  });
});
