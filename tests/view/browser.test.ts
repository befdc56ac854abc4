import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBytes, parseText, type PlanDocument } from '../../src/index.js';
import { renderPlanPage } from '../../src/view/render-plan-page.js';
import { sourceTextOf } from '../../src/output/source-text.js';
import { run } from '../../src/cli/run.js';
import { corpus, fixturePath, fixturesDir } from '../helpers/fixtures.js';
import { fakeIo } from '../cli/fake-io.js';
import { makePair } from '../compare/make-pair.js';
import { chromiumMissing, hasChromium, openBrowser } from './chromium.js';

/** Screenshots for a person to look at: a build artefact, git-ignored. */
const shots = join(fixturesDir, '..', 'test-output', 'view');
const suite = hasChromium ? describe : describe.skip;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let dir: string;

beforeAll(async () => {
  if (!hasChromium) return;
  browser = await openBrowser();
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-view-'));
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page from a file, as a person would; fails the test on any request that is not that file. */
async function open(name: string, html: string): Promise<Page> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  page.on('dialog', (d) => void d.dismiss().then(() => requests.push(`dialog ${d.message()}`)));
  await page.goto(pathToFileURL(file).href);
  expect(requests).toEqual([pathToFileURL(file).href]);
  return page;
}

type Seen = { marks: Record<string, string[]>; text: string; ids: string[]; broken: string[]; hidden: number; lang: string };

/** What the page shows: each entity's text (its fragments joined), the text of the plan, anchors, dead links, marks not drawn. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const marks: Record<string, string[]> = {};
    for (const m of document.querySelectorAll<HTMLElement>('main mark[data-k]')) {
      const list = (marks[m.dataset.k!] ??= []);
      const i = Number(m.dataset.i);
      list[i] = (list[i] ?? '') + m.textContent;
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const broken = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id));
    const hidden = [...document.querySelectorAll('main mark[data-k]')].filter((m) => m.getClientRects().length === 0 || m.getBoundingClientRect().width === 0).length;
    return { marks, text: document.querySelector('main .doc')?.textContent ?? '', ids, broken, hidden, lang: document.documentElement.lang };
  });
}

function expectAllEntities(s: Seen, doc: PlanDocument): void {
  expect(s.marks.metric ?? []).toEqual(doc.metrics.map((e) => e.text));
  expect(s.marks.time ?? []).toEqual(doc.times.map((e) => e.text));
  expect(s.marks.org ?? []).toEqual(doc.orgs.map((e) => e.text));
  expect(s.marks.policy ?? []).toEqual(doc.policies.map((e) => e.text));
  expect(s.marks.term ?? []).toEqual(doc.terms.map((e) => e.text));
}

suite(hasChromium ? 'view, in Chromium' : `view, in Chromium — skipped: ${chromiumMissing}`, () => {
  it.each(corpus)('%s: every entity is a highlighted element with its own text; the whole text is there, every link lands', async (name) => {
    const doc = await parseBytes(readFileSync(fixturePath(name)), { path: name });
    const page = await open(`${name}.html`, renderPlanPage(doc));
    const s = await seen(page);
    expectAllEntities(s, doc);
    expect(s.text).toBe(sourceTextOf(doc));
    expect([s.broken, s.hidden, s.lang]).toEqual([[], 0, 'zh-Hans']);
    const sections: string[] = [];
    const visit = (x: PlanDocument['sections'][number]) => (sections.push(`s-${x.id}`), x.children.forEach(visit));
    doc.sections.forEach(visit);
    expect(sections.filter((id) => !s.ids.includes(id))).toEqual([]);
    await page.screenshot({ path: join(shots, `${name.replace(/\.txt$/, '')}.png`) });
    await page.close();
  });

  it('keyboard: Tab reaches the skip link first; a focused entity shows its normalized reading; kinds differ without colour', async () => {
    const doc = await parseBytes(readFileSync(fixturePath('桐庐2022.txt')), { path: '桐庐2022.txt' });
    const page = await open('keyboard.html', renderPlanPage(doc));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const i = doc.metrics.findIndex((m) => m.cmp === '>=');
    await page.focus(`#metric-${i}`);
    const tip = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      return { content: getComputedStyle(el, '::after').content, tip: el.dataset.tip };
    }, `metric-${i}`);
    expect(tip.tip).toMatch(/^metric: ≥ [\d.]+ \S+/);
    expect(tip.content).toBe(JSON.stringify(tip.tip));
    // Greyscale: each kind is told by its line style alone.
    const styles = await page.evaluate(() =>
      ['metric', 'time', 'policy', 'term', 'org.lead', 'org.support', 'org.mention'].map((k) => {
        const el = document.querySelector(`ul.legend mark.${k}`)!;
        const c = getComputedStyle(el);
        return `${c.borderBottomStyle}/${c.outlineStyle}/${c.textDecorationStyle}/${c.textDecorationLine}`;
      }),
    );
    expect(new Set(styles).size).toBe(styles.length);
    await page.screenshot({ path: join(shots, 'focused-entity.png') });
    await page.close();
  });

  it('a traditional-character plan keeps its characters, with lang zh-Hant for the right glyphs', async () => {
    const doc = await parseBytes(readFileSync(fixturePath('traditional.txt')), { path: 'traditional.txt' });
    const page = await open('traditional.html', renderPlanPage(doc));
    const s = await seen(page);
    expect(s.lang).toBe('zh-Hant');
    expect(s.text).toBe(sourceTextOf(doc));
    expectAllEntities(s, doc);
    await page.screenshot({ path: join(shots, 'traditional.png') });
    await page.close();
  });

  it('a plan that prints <script>, <img onerror=…> and </style> shows them as text and runs nothing, even without the page\'s CSP', async () => {
    const hostile = [
      '某某县2023年<script>window.__pwned = 1</script>工作要点',
      '一、加强<script>window.__pwned = 2</script>安全管理',
      '1.完善制度<img src=x onerror="window.__pwned = 3">建设。安全检查覆盖率达到90%以上。',
      '2.开展培训</style><style>body{display:none}</style>活动100人次。',
      '3.防范"><svg onload="window.__pwned=4">风险，落实《关于<script>alert(1)</script>的通知》。',
      '',
    ].join('\n');
    const doc = await parseText(hostile, { path: '<b>hostile</b>.txt' });
    const html = renderPlanPage(doc);
    expect(html).not.toMatch(/<(script|img|svg)/i); // the hostile markup is there only as text (&lt;img …)
    for (const [name, page] of [['hostile.html', html], ['hostile-no-csp.html', html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')]] as const) {
      const p = await open(name, page);
      const state = await p.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        elements: document.querySelectorAll('script, img, svg, iframe, object, embed, style').length,
        display: getComputedStyle(document.body).display,
        title: document.title,
        text: document.querySelector('main .doc')!.textContent,
      }));
      expect(state).toEqual({ pwned: undefined, elements: 1, display: 'block', title: doc.meta.title ?? '<b>hostile</b>.txt', text: sourceTextOf(doc) });
      expectAllEntities(await seen(p), doc);
      await p.close();
    }
  });

  it('view OLD NEW: the two plans side by side, items aligned, changed targets marked on both sides', async () => {
    const old = readFileSync(fixturePath('瓮安2022.txt'));
    const [doc, donor] = await Promise.all([parseBytes(old, { path: 'old.txt' }), parseBytes(readFileSync(fixturePath('桐庐2022.txt')), { path: 'donor.txt' })]);
    writeFileSync(join(dir, 'old.txt'), old);
    writeFileSync(join(dir, 'new.txt'), makePair(doc, donor, 11).newText);
    const io = fakeIo(dir);
    expect(await run(['view', 'old.txt', 'new.txt'], io)).toBe(0);
    const json = fakeIo(dir);
    await run(['diff', 'old.txt', 'new.txt', '--json'], json);
    const diff = JSON.parse(json.out());
    const page = await open('diff.html', io.out());
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('td.old')?.getAttribute('data-item') ?? null, tr.querySelector('td.new')?.getAttribute('data-item') ?? null]),
    );
    const pairs = rows.filter(([a, b]) => a !== null && b !== null).map(([a, b]) => `${a}>${b}`);
    expect(pairs).toEqual(diff.pairs.map((p: { old: { id: string }; new: { id: string } }) => `${p.old.id}>${p.new.id}`));
    expect(rows.filter(([a]) => a === null).length).toBe(diff.summary['item-added']);
    expect(rows.filter(([, b]) => b === null).length).toBe(diff.summary['item-dropped']);
    const changed = await page.evaluate(() => [...document.querySelectorAll('mark.metric.changed')].map((m) => m.id));
    expect(changed.filter((id) => id.startsWith('o-')).length).toBe(diff.summary['target-changed']);
    expect(changed.filter((id) => id.startsWith('n-')).length).toBe(diff.summary['target-changed']);
    await page.screenshot({ path: join(shots, 'diff.png') });
    await page.close();
  });
});
