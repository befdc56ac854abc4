import { describe, expect, it } from 'vitest';
import { extractPolicies } from '../../src/extract/extract-policy.js';
import { extractTerms } from '../../src/extract/extract-term.js';
import { extractFrom } from '../helpers/doc-context.js';

describe('policies', () => {
  it.each([
    ['落实好《关于建立中小学校党组织领导的校长负责制的意见》（试行）', '《关于建立中小学校党组织领导的校长负责制的意见》', '关于建立中小学校党组织领导的校长负责制的意见', '意见', '落实'],
    ['制定《瓮安县教育局贯彻落实〈国务院关于支持贵州的意见〉的实施方案》', '《瓮安县教育局贯彻落实〈国务院关于支持贵州的意见〉的实施方案》', '瓮安县教育局贯彻落实〈国务院关于支持贵州的意见〉的实施方案', '实施方案', '制定'],
    ['落实《中华人民共和国家庭教育促进法》。', '《中华人民共和国家庭教育促进法》', '中华人民共和国家庭教育促进法', '法', '落实'],
  ])('%s', (sentence, text, name, kind, action) => {
    const { drafts } = extractFrom(extractPolicies, sentence);
    expect(drafts.map((d) => ({ text: d.text, name: (d as { name: string }).name, kind: (d as { kind?: string }).kind, action: (d as { action?: string }).action }))).toEqual([{ text, name, kind, action }]);
  });

  it('gives every title of a chain the verb before the chain', () => {
    const { drafts } = extractFrom(extractPolicies, '制订出台《桐庐教育高质量发展五年行动方案》《桐庐县公办普通高中振兴三年行动方案》');
    expect(drafts.map((d) => (d as { action?: string }).action)).toEqual(['出台', '出台']);
  });

  it('keeps a title whose closing mark is missing, as printed, to the line end', () => {
    const { drafts } = extractFrom(extractPolicies, '执行《某某县管理办法\n下一行');
    expect(drafts.map((d) => d.text)).toEqual(['《某某县管理办法']);
  });

  it('finds nothing in document numbers or quotes', () => {
    expect(extractFrom(extractPolicies, '落实国发〔2022〕2号文件和“双减”政策。').drafts).toEqual([]);
  });
});

describe('terms', () => {
  it('takes quoted programme names, not quotes inside a 《》 title', () => {
    const { drafts } = extractFrom(extractTerms, '全面推进“县管校聘”管理改革，落实《关于推进“互联网+教育”发展的意见》。');
    expect(drafts.map((d) => [d.text, (d as { name: string }).name])).toEqual([['“县管校聘”', '县管校聘']]);
  });
});
