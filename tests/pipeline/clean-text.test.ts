import { describe, expect, it } from 'vitest';
import { parseText, type PlanDocument, type Section } from '../../src/index.js';

const flat = (doc: PlanDocument): Section[] => doc.sections.flatMap(function walk(s): Section[] {
  return [s, ...s.children.flatMap(walk)];
});
const slices = (doc: PlanDocument, source: string) => [...doc.metrics, ...doc.orgs, ...doc.times, ...doc.policies].every((e) => source.slice(e.span.start.offset, e.span.end.offset) === e.text);
const tiles = (doc: PlanDocument) => [...doc.frontMatter, ...(doc.preamble ? [doc.preamble] : []), ...flat(doc), ...doc.backMatter].sort((a, b) => a.span.start.offset - b.span.start.offset).map((b) => b.text).join('');

describe('text that sites inject is read around, kept in text and spans', () => {
  it('pinyin glosses after characters are in no title or name, and one warning says so', async () => {
    const source = '船山區(qū)2012年衛(wèi)生工作要點\n一、系統(tǒng)開展衛(wèi)生服務\n1、加強船山區(qū)衛(wèi)生局建設。\n';
    const doc = await parseText(source, { path: 'trad.txt' });
    expect(doc.meta.title).toBe('船山區2012年衛生工作要點');
    expect(flat(doc).map((s) => s.title)).toEqual(['系統開展衛生服務', '加強船山區衛生局建設']);
    const org = doc.orgs.find((o) => o.name === '船山區衛生局')!;
    expect(org.text).toBe('船山區(qū)衛(wèi)生局'); // the span still covers what was printed
    expect(slices(doc, source)).toBe(true);
    expect(tiles(doc)).toBe(source);
    expect(doc.warnings.filter((w) => w.code === 'input/pinyin')).toHaveLength(1);
  });

  it('watermarks glued to heading lines and reading notes are not in titles', async () => {
    const source = 'X新区2022年应急管理工作要点\n一、主要目标 稿子汇,范文学习文库\n二、加强中(读:zhōng)心建设\n公文汇 www.gongwenhui.com\n';
    const doc = await parseText(source, { path: 'spam.txt' });
    expect(flat(doc).map((s) => s.title)).toEqual(['主要目标', '加强中心建设']);
    expect(tiles(doc)).toBe(source);
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['input/watermark', 'input/note']));
  });
});

describe('layouts of PDF and Word conversion', () => {
  const wrapped = [
    '某镇2021年妇联工作计划',
    '一、以服务我村建设为中心,紧紧围绕妇女工作主线,按照镇妇联指定的有关要求,立足基',
    '层,为加快推进,以妇女队伍的创建为载体,选树一批先进典型;通过“三八”妇女节开展活动。',
    '二、以服务妇女儿童切身利益为重点,坚持教育引导和活动凝聚,着力打造文明和谐品牌,全年',
    '开展活动12次,培训妇女300人次以上,帮助全村妇女创业就业,提供就业指导和支持服务。',
    '三、以维护妇女儿童合法权益为目标,坚持政策推动和救助帮扶,提供矛盾协调处理和维权服',
    '务,切实提高“妇女之家”的协调能力,积极调解邻里纠纷和家庭矛盾,引导妇女依法维权。',
    '',
  ].join('\n');

  it('lines broken by the page width are read as one: titles and numbers come out whole', async () => {
    const doc = await parseText(wrapped, { path: 'pdf.txt' });
    expect(flat(doc).map((s) => s.title)).toEqual([
      '以服务我村建设为中心,紧紧围绕妇女工作主线,按照镇妇联指定的有关要求,立足基层,为加快推进,以妇女队伍的创建为载体,选树一批先进典型',
      '以服务妇女儿童切身利益为重点,坚持教育引导和活动凝聚,着力打造文明和谐品牌,全年开展活动12次,培训妇女300人次以上,帮助全村妇女创业就业,提供就业指导和支持服务',
      '以维护妇女儿童合法权益为目标,坚持政策推动和救助帮扶,提供矛盾协调处理和维权服务,切实提高“妇女之家”的协调能力,积极调解邻里纠纷和家庭矛盾,引导妇女依法维权',
    ]);
    expect(flat(doc)[0]!.titleSpan.end.line).toBe(3); // the title's span runs over the printed break
    expect(doc.metrics.map((m) => m.text)).toEqual(['12次', '300人次以上']);
    expect(tiles(doc)).toBe(wrapped);
  });

  it('a document written in paragraphs is not joined', async () => {
    const text = '某县2023年工作要点\n一、总体要求\n加强领导\n二、主要任务\n';
    const doc = await parseText(text, { path: 'plain.txt' });
    expect(doc.sections.map((s) => s.title)).toEqual(['总体要求', '主要任务']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('input/wrap');
  });

  it('page numbers, running headers and a number cut from its unit', async () => {
    const source = ['瓮水县2022年教育工作要点', '一、加强党的建设', '1.坚持党的领导。全年开展集中学习12', '瓮水县2022年教育工作要点', '— 2 —', '次。', '2.完善制度。', '瓮水县2022年教育工作要点', '二、发展教育', '3.入学率达到65.3', '%。', '瓮水县2022年教育工作要点', ''].join('\n');
    const doc = await parseText(source, { path: 'pdf.txt' });
    expect(doc.meta.title).toBe('瓮水县2022年教育工作要点');
    expect(flat(doc).map((s) => `${s.id} ${s.title}`)).toEqual(['1 加强党的建设', '1.1 坚持党的领导', '1.2 完善制度', '2 发展教育', '2.3 入学率达到65.3%']);
    expect(doc.metrics.map((m) => [m.text, m.value, m.unit])).toEqual([['12\n瓮水县2022年教育工作要点\n— 2 —\n次', 12, '次'], ['65.3\n%', 65.3, '%']]);
    expect(slices(doc, source)).toBe(true);
    expect(tiles(doc)).toBe(source);
  });
});
