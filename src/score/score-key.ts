import type { AnswerKey, ScoredCategory } from './answer-key.js';
import { fold } from './fold.js';
import { matchItems, type Matching } from './match-items.js';

export type Counts = { tp: number; fp: number; fn: number };
export type KeyScore = {
  counts: Record<ScoredCategory, Counts>;
  /** Among orgs found by name: how many have the expected role. */
  roles: { same: number; of: number };
  /** One readable line per difference: `headings: missing 2.3 （三）…`. */
  differences: string[];
};

const contains = (a: string, b: string) => fold(a).includes(fold(b)) || fold(b).includes(fold(a));
/** A value as a reader writes it (1/3 → 0.333) is the parser's 0.333333333333. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a));

/** Entities matched by their printed text: the same text first, then one inside the other (a boundary read differently). */
function byText<T extends { text: string }>(same: (g: T, p: T) => boolean): Array<(g: T, p: T) => boolean> {
  return [(g, p) => fold(g.text) === fold(p.text) && same(g, p), (g, p) => contains(g.text, p.text) && same(g, p)];
}

/** Scores a prediction (the parser's output projected by `keyOf`) against a person's key. */
export function scoreKey(expected: AnswerKey, predicted: AnswerKey): KeyScore {
  const differences: string[] = [];
  const count = <G, P>(category: string, m: Matching<G, P>, show: (x: G | P) => string): Counts => {
    for (const g of m.missed) differences.push(`${category}: missing ${show(g)}`);
    for (const p of m.extra) differences.push(`${category}: extra ${show(p)}`);
    return { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
  };

  type Heading = AnswerKey['headings'][number];
  const showHeading = (h: Heading) => `${h.id} ${h.marker}${h.title}`;
  const headingMatch = matchItems(expected.headings, predicted.headings, [(g, p) => fold(g.id) === fold(p.id) && fold(g.marker) === fold(p.marker)]);
  const headings = count('headings', headingMatch, showHeading);
  const wrongTitles = headingMatch.pairs.filter(([g, p]) => fold(g.title) !== fold(p.title));
  for (const [g, p] of wrongTitles) differences.push(`titles: ${g.id} “${g.title}” → “${p.title}”`);
  const rightTitles = headingMatch.pairs.length - wrongTitles.length;
  const titles = { tp: rightTitles, fp: predicted.headings.length - rightTitles, fn: expected.headings.length - rightTitles };

  type Metric = AnswerKey['metrics'][number];
  const metrics = count('metrics', matchItems(expected.metrics, predicted.metrics, byText<Metric>((g, p) => near(g.value, p.value))), (m) => `${m.text} (${m.value} ${m.cmp ?? ''})`);
  type Time = AnswerKey['times'][number];
  const times = count('times', matchItems(expected.times, predicted.times, byText<Time>((g, p) => g.kind === p.kind)), (t) => `${t.text} (${t.kind})`);
  const policies = count('policies', matchItems<string, string>(expected.policies, predicted.policies, [(g, p) => fold(g) === fold(p)]), (p) => `《${p}》`);
  type Org = AnswerKey['orgs'][number];
  const orgMatch = matchItems<Org, Org>(expected.orgs, predicted.orgs, [(g, p) => fold(g.name) === fold(p.name) && g.role === p.role, (g, p) => fold(g.name) === fold(p.name)]);
  const orgs = count('orgs', orgMatch, (o) => `${o.name} (${o.type}, ${o.role})`);
  const roles = { same: orgMatch.pairs.filter(([g, p]) => g.role === p.role).length, of: orgMatch.pairs.length };
  for (const [g, p] of orgMatch.pairs) if (g.role !== p.role) differences.push(`roles: ${g.name} ${g.role} → ${p.role}`);

  return { counts: { headings, titles, meta: scoreMeta(expected.meta, predicted.meta, differences), metrics, times, policies, orgs }, roles, differences };
}

/** Each meta field is one item (each issuer too): right, wrong (counts twice), missing or extra. */
function scoreMeta(expected: AnswerKey['meta'], predicted: AnswerKey['meta'], differences: string[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  const field = (name: string, g: string | number | null, p: string | number | null) => {
    if (g === null && p === null) return;
    const same = g !== null && p !== null && fold(String(g)) === fold(String(p));
    if (same) c.tp++;
    else {
      if (p !== null) c.fp++;
      if (g !== null) c.fn++;
      differences.push(`meta: ${name} ${g ?? '(none)'} → ${p ?? '(none)'}`);
    }
  };
  field('title', expected.title, predicted.title);
  field('region', expected.region, predicted.region);
  field('year', expected.year, predicted.year);
  field('issueDate', expected.issueDate, predicted.issueDate);
  const issuers = matchItems<string, string>(expected.issuers, predicted.issuers, [(g, p) => fold(g) === fold(p)]);
  c.tp += issuers.pairs.length;
  c.fp += issuers.extra.length;
  c.fn += issuers.missed.length;
  for (const g of issuers.missed) differences.push(`meta: issuer missing ${g}`);
  for (const p of issuers.extra) differences.push(`meta: issuer extra ${p}`);
  return c;
}
