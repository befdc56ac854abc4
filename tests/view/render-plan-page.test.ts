import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/index.js';
import { renderPlanPage } from '../../src/view/render-plan-page.js';
import { sourceTextOf } from '../../src/output/source-text.js';
import { fixtureInputs, fixturePath } from '../helpers/fixtures.js';

/**
 * The page read by an HTML parser (no browser needed, so this runs everywhere; the browser test
 * checks the same in Chromium where it is installed).
 */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
function elements(node: Root | RootContent, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) out.push(node);
  if ('children' in node) for (const c of node.children) elements(c, test, out);
  return out;
}

describe('renderPlanPage', () => {
  it.each(fixtureInputs().filter((n) => n !== 'empty.txt'))('%s: the page holds the whole text, every entity a mark with its own text, and no script', async (name) => {
    const doc = await parseBytes(readFileSync(fixturePath(name)), { path: name });
    const html = renderPlanPage(doc);
    expect(html).not.toMatch(/<script|https?:\/\//i);
    const tree = unified().use(rehypeParse).parse(html);
    const main = elements(tree, (e) => e.tagName === 'main')[0]!;
    expect(textOf(main)).toBe(sourceTextOf(doc));
    const marks: Record<string, string[]> = {};
    for (const m of elements(main, (e) => e.tagName === 'mark')) {
      const kind = String(m.properties.dataK);
      const list = (marks[kind] ??= []);
      const i = Number(m.properties.dataI);
      list[i] = (list[i] ?? '') + textOf(m);
    }
    expect(marks.metric ?? []).toEqual(doc.metrics.map((e) => e.text));
    expect(marks.time ?? []).toEqual(doc.times.map((e) => e.text));
    expect(marks.org ?? []).toEqual(doc.orgs.map((e) => e.text));
    expect(marks.policy ?? []).toEqual(doc.policies.map((e) => e.text));
    expect(marks.term ?? []).toEqual(doc.terms.map((e) => e.text));
    expect(elements(main, (e) => e.tagName === 'span' && String(e.properties.className ?? '').includes('warn')).length).toBe(doc.warnings.length);
  });
});
