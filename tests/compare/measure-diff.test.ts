import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseFile, parseText, type PlanDocument } from '../../src/index.js';
import { comparePlans } from '../../src/compare/compare-plans.js';
import { corpus, fixturePath, fixturesDir } from '../helpers/fixtures.js';
import { corpusRealFile, itOnRealPlans } from '../helpers/corpus-real.js';
import { hardRewrite, makePair, usualRewrite, type Rewrite } from './make-pair.js';
import { add, precision, recall, scoreSynthetic, tally, type Tally } from './score-diff.js';

/**
 * Precision and recall of the diff, measured (README "Comparing plans" quotes these numbers):
 * on synthetic pairs made from the five corpus plans by next year's edits, whose expected diff
 * the generator recorded, and on real pairs of one province's task lists of 2016, 2018 and 2019
 * against a hand alignment (real-pairs.key.json). Results go to test-output/compare-measure.json.
 */
const out = join(fixturesDir, '..', 'test-output');
const SEEDS = [1, 2, 3, 4, 5, 6];
const results: Record<string, unknown> = {};
const rate = (t: Tally) => ({ ...t, precision: Number(precision(t).toFixed(3)), recall: Number(recall(t).toFixed(3)) });

describe('diff, measured', () => {
  /** The five corpus plans × SEEDS, each made into next year's plan with `rewrite`. */
  async function measureSynthetic(rewrite: Rewrite) {
    const docs = await Promise.all(corpus.map((n) => parseBytes(readFileSync(fixturePath(n)), { path: n })));
    const total = { alignment: tally(), moved: tally(), targets: tally(), deadlines: tally() };
    const misses: string[] = [];
    for (let i = 0; i < docs.length; i++) {
      for (const seed of SEEDS) {
        // The donor of inserted items is always another plan: items copied from the plan itself would be moves.
        const donor = docs[(i + 1 + (seed % (docs.length - 1))) % docs.length]!;
        const pair = makePair(docs[i]!, donor, seed * 7919 + i, rewrite);
        const newDoc = await parseText(pair.newText, { path: `${corpus[i]}#${seed}` });
        const score = scoreSynthetic(comparePlans(docs[i]!, newDoc), newDoc, pair);
        for (const k of ['alignment', 'moved', 'targets', 'deadlines'] as const) add(total[k], score[k]);
        misses.push(...score.misses.map((m) => `${corpus[i]} seed ${seed}: ${m}`));
      }
    }
    const summary = { pairs: docs.length * SEEDS.length, alignment: rate(total.alignment), moved: rate(total.moved), targets: rate(total.targets), deadlines: rate(total.deadlines), misses };
    return { total, misses, summary };
  }

  it('on synthetic next-year pairs of the five corpus plans', async () => {
    const { total, misses, summary } = await measureSynthetic(usualRewrite);
    results.synthetic = summary;
    write();
    expect(precision(total.alignment), misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(recall(total.alignment), misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(precision(total.targets)).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.targets)).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.moved)).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.deadlines)).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('on synthetic pairs rewritten hard (nearly every title reworded, most bodies rewritten in part)', async () => {
    const { total, misses, summary } = await measureSynthetic(hardRewrite);
    results.syntheticHard = summary;
    write();
    expect(precision(total.alignment), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall(total.alignment), misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(precision(total.targets)).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  itOnRealPlans('on real pairs: one province\'s task lists of 2016 → 2018 → 2019, against a hand alignment', async () => {
    const key = JSON.parse(readFileSync(new URL('./real-pairs.key.json', import.meta.url), 'utf8')) as {
      pairs: Array<{ old: string; new: string; clear: Record<string, string[]>; plausible: Record<string, string[]> }>;
    };
    const real: Record<string, unknown> = {};
    const all = tally();
    for (const pair of key.pairs) {
      const [a, b] = await Promise.all([pair.old, pair.new].map((p) => parseFile(corpusRealFile(p)))) as [PlanDocument, PlanDocument];
      const diff = comparePlans(a, b);
      const found = diff.pairs.filter((p) => p.old.id !== '0');
      const ok = (oldId: string, newId: string) => (pair.clear[newId] ?? []).includes(oldId) || (pair.plausible[newId] ?? []).includes(oldId);
      const wrong = found.filter((p) => !ok(p.old.id, p.new.id)).map((p) => `${p.old.id} → ${p.new.id} (${p.similarity})`);
      const hits = Object.entries(pair.clear).filter(([n, olds]) => found.some((p) => p.new.id === n && olds.includes(p.old.id))).length;
      const t = { found: found.length, expected: Object.keys(pair.clear).length, right: found.length - wrong.length };
      real[`${pair.old}→${pair.new}`] = { ...rate({ ...t, right: t.right }), recall: Number((hits / t.expected).toFixed(3)), wrong, targetChanges: diff.summary['target-changed'] ?? 0 };
      all.found += t.found;
      all.right += t.right;
      all.expected += t.expected;
      (all as Tally & { hits?: number }).hits = ((all as Tally & { hits?: number }).hits ?? 0) + hits;
    }
    const hits = (all as Tally & { hits?: number }).hits!;
    results.real = { ...real, all: { found: all.found, right: all.right, expected: all.expected, precision: Number(precision(all).toFixed(3)), recall: Number((hits / all.expected).toFixed(3)) } };
    write();
    // Real year-to-year rewrites of these lists are heavy: what the diff pairs must be right; it finds a third.
    expect(precision(all)).toBeGreaterThanOrEqual(0.9);
    expect(hits / all.expected).toBeGreaterThanOrEqual(0.25);
  }, 60_000);
});

function write(): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'compare-measure.json'), JSON.stringify(results, null, 2) + '\n');
}
