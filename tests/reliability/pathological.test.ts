import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/index.js';
import { loadGrammars } from '../../src/grammar/load.js';

/**
 * No input makes a regular expression or a loop backtrack or rescan without end. Every
 * grammar rule and every regular expression literal in src/ runs over long adversarial
 * strings, and whole documents made of them are parsed. The test timeout is the hang
 * detector: these finish in milliseconds when linear and in minutes or never when not.
 * (How long they take is the benchmark's business, not asserted here.)
 */
const N = 50_000;
const adversarial: Record<string, string> = {
  digits: '1'.repeat(N),
  'digits with a unit at the end': `${'9'.repeat(N)}名`,
  'open quotes': '“'.repeat(N),
  'open titles': '《'.repeat(N),
  'open brackets': '（'.repeat(N),
  'open parens': '('.repeat(N),
  第: '第'.repeat(N),
  'enumeration commas': '、'.repeat(N),
  'chinese numerals': '一二三四五六七八九十百千万'.repeat(N / 13),
  'repeated markers': '一、'.repeat(N / 2),
  'repeated paren markers': '（一）'.repeat(N / 3),
  'repeated dotted markers': '1.'.repeat(N / 2),
  'years and dashes': '2022—'.repeat(N / 5),
  'han without punctuation': '加强教育工作县教育局牵头'.repeat(N / 12),
  spaces: ' \u3000'.repeat(N / 2),
  'one long line of 年': '年'.repeat(N),
  'owner note that never closes': `（牵头单位：${'县教育局、'.repeat(N / 5)}`,
  'asides between clause marks': '选派2名正副校（园、所）长，'.repeat(N / 14),
  'quotes that never close around numbers': `“${'95%以上、'.repeat(N / 6)}`,
};

const grammars = loadGrammars();

/** Runs a regex over the whole string, as the extractors do (every match, not just the first). */
function exhaust(regex: RegExp, text: string): number {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  let count = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    count++;
  }
  return count;
}

/** Every regular expression literal in src/, found with the TypeScript parser. */
function sourceRegexes(): Array<{ where: string; regex: RegExp }> {
  const root = new URL('../../src/', import.meta.url).pathname;
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found: Array<{ where: string; regex: RegExp }> = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `src/${file}:${line}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('no catastrophic backtracking', () => {
  const rules = [...grammars.rules.values()];
  const literals = sourceRegexes();

  it('finds the regexes it checks', () => {
    expect(rules.length).toBeGreaterThan(50);
    expect(literals.length).toBeGreaterThan(30);
  });

  it.each(rules.map((r) => [r.id, r.regex] as const))('grammar rule %s on every adversarial string', (_id, regex) => {
    for (const text of Object.values(adversarial)) exhaust(regex, text);
  }, 30_000);

  it.each(literals.map((l) => [l.where, l.regex] as const))('%s on every adversarial string', (_where, regex) => {
    for (const text of Object.values(adversarial)) exhaust(regex, text);
  }, 30_000);
});

describe('whole documents made of adversarial text', () => {
  it.each(Object.entries(adversarial))('%s', async (_name, text) => {
    const doc = await parseText(`某县2023年教育工作要点\n${text}\n一、加强党建\n${text}`);
    expect(doc.schemaVersion).toBe(1);
  }, 60_000);

  it('a 5 MB line of Chinese with no punctuation', async () => {
    // A count and an office in every stretch, so metrics, orgs and jieba all work on the line.
    const unit = '全面推进县域义务教育优质均衡发展新建学校3所由县教育局牵头每学期开展';
    const line = unit.repeat(Math.ceil(5_000_000 / 3 / unit.length)).slice(0, 5_000_000 / 3);
    const doc = await parseText(line);
    expect(doc.metrics.length).toBeGreaterThan(10_000);
    expect(doc.orgs.length).toBeGreaterThan(10_000);
  }, 120_000);

  it('ten thousand headings and owner notes', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `（${i + 1}）落实任务${i}。（牵头单位：县教育局；责任单位：县财政局）`);
    const doc = await parseText(`某县2023年教育工作要点\n一、重点任务\n${lines.join('\n')}`);
    expect(doc.orgs.length).toBeGreaterThan(10_000);
  }, 120_000);
});
