import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/index.js';
import { fixturePath } from '../helpers/fixtures.js';

const meta = async (name: string) => (await parseBytes(readFileSync(fixturePath(name)), { path: name })).meta;
const kinds = async (name: string) => {
  const doc = await parseBytes(readFileSync(fixturePath(name)), { path: name });
  return { front: doc.frontMatter.map((b) => b.kind), back: doc.backMatter.map((b) => b.kind) };
};

describe('meta, read by hand from each plan', () => {
  it.each([
    ['瓮安2022.txt', { title: '瓮安县2022年教育工作要点', region: '瓮安县', adminLevel: '县', year: 2022, docType: '工作要点', issuers: [], addressees: [] }],
    ['桐庐2022.txt', { title: '桐庐县教育局2022年工作要点', region: '桐庐县', adminLevel: '县', year: 2022, docType: '工作要点', issuers: ['桐庐县教育局'], addressees: [] }],
    ['大邑2021.txt', { region: '大邑县', adminLevel: '县', year: 2021, issuers: [], addressees: [] }],
    ['清远2022.txt', { title: '清远市2022年教育工作要点', region: '清远市', adminLevel: '市', year: 2022, docType: '工作要点', issuers: ['清远市教育局'], issueDate: '2022-03-28', addressees: [] }],
    ['巫山2023.txt', {
      title: '中共巫山县委教育工委  巫山县教育委员会2023年工作要点', region: '巫山县', adminLevel: '县', year: 2023, docType: '工作要点',
      issuers: ['中共巫山县委教育工委', '巫山县教育委员会'], issueDate: '2023-03-27',
      addressees: ['各教育督导中心', '中小学', '幼儿园', '直属学校（单位）', '机关科室'], disclosure: '主动公开',
    }],
    ['notice-docnumber.txt', {
      title: '浙江省卫生健康委员会2023年工作要点', region: '浙江省', adminLevel: '省', year: 2023, docType: '工作要点',
      issuers: ['浙江省卫生健康委员会'], issueDate: '2024-03-27', addressees: ['各市、县（市、区）卫生健康局', '委机关各处室', '直属各单位'],
      docNumber: '浙卫发〔2023〕10号', disclosure: '主动公开',
    }],
    ['web-chrome.txt', { title: '南宁市青秀区教育局2023年工作要点', region: '青秀区', adminLevel: '区', year: 2023, docType: '工作要点', issuers: ['南宁市青秀区教育局'], issueDate: '2023-02-15', addressees: [] }],
    ['traditional.txt', { title: '臨湘市教育體育局2023年工作要點', region: '臨湘市', adminLevel: '市', year: 2023, docType: '工作要点', issuers: ['臨湘市教育體育局'], addressees: [] }],
  ])('%s', async (name, expected) => {
    expect(await meta(name)).toEqual(expected);
  });
});

describe('front and back matter are recognised, never read as content', () => {
  it.each([
    ['巫山2023.txt', ['issuers', 'issuers', 'notice', 'addressees', 'notice', 'signature', 'date', 'disclosure', 'title', 'title'], []],
    ['桐庐2022.txt', ['artifact', 'notice'], []],
    ['清远2022.txt', ['issuers', 'title', 'chrome', 'title'], ['chrome', 'chrome']],
    ['notice-docnumber.txt', ['issuers', 'docNumber', 'notice', 'addressees', 'notice', 'attachment', 'signature', 'date', 'disclosure', 'title'], ['signature', 'signature']],
    ['web-chrome.txt', ['chrome', 'chrome', 'title', 'chrome', 'chrome', 'chrome'], ['chrome', 'chrome', 'chrome']],
  ])('%s', async (name, front, back) => {
    expect(await kinds(name)).toEqual({ front, back });
  });
});

describe('meta of a plan in traditional characters', () => {
  it('keeps the region as printed and reads its level from the simplified form (縣 is 县)', async () => {
    const text = '某某縣衛生健康局2024年工作要點\n一、深化醫藥衛生體制改革\n推進緊密型縣域醫共體建設。\n';
    const { meta: m } = await parseBytes(new TextEncoder().encode(text), { path: 'plan.txt' });
    expect(m).toMatchObject({ region: '某某縣', adminLevel: '县', year: 2024, docType: '工作要点', issuers: ['某某縣衛生健康局'] });
  });
});
