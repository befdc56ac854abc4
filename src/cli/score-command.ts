import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scoreCorpus, rates, type CorpusScore } from '../score/score-corpus.js';
import { scoredCategories } from '../score/answer-key.js';
import { writeChunk } from '../output/write-chunk.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

export type ScoreOptions = { expected: string; details: boolean; json: boolean; jobs: number };

/**
 * `score INPUTS --expected KEYS`: precision, recall and F1 per category of the parser against
 * answer keys (fixtures/real/README.md), per file and in total. With `--details`, every
 * difference; with `--json`, the numbers for a script. Exit 1 when a key could not be scored.
 */
export async function scoreCommand(inputs: string, options: ScoreOptions, io: Io): Promise<number> {
  const inputDir = resolve(io.cwd, inputs);
  const keyDir = resolve(io.cwd, options.expected);
  for (const [dir, shown] of [[inputDir, inputs], [keyDir, options.expected]] as const) {
    if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new UsageError(`${shown}: not a folder`);
  }
  const result = await scoreCorpus(inputDir, keyDir, { jobs: options.jobs });
  if (result.files.length === 0) throw new UsageError(`${options.expected}: no answer keys (NAME.expected.json) found`);
  await writeChunk(io.stdout, options.json ? JSON.stringify(summary(result), null, 2) + '\n' : report(result, options.details));
  const failed = result.files.filter((f) => !f.ok);
  for (const f of failed) if (!f.ok) io.stderr.write(`${f.name}: ${f.reason}\n`);
  return failed.length > 0 ? 1 : 0;
}

function summary(result: CorpusScore) {
  return {
    files: result.files.length,
    categories: Object.fromEntries(scoredCategories.map((c) => [c, { ...result.total[c], ...round(rates(result.total[c])) }])),
    roles: result.roles,
  };
}

function round<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 10) / 10])) as T;
}

function report(result: CorpusScore, details: boolean): string {
  const pct = (n: number) => n.toFixed(1).padStart(6);
  const lines: string[] = [];
  for (const f of result.files) {
    if (!f.ok) continue;
    const f1s = scoredCategories.map((c) => `${c} ${rates(f.score.counts[c]).f1.toFixed(0)}`);
    lines.push(`${f.name}: ${f1s.join(' · ')}`);
    if (details) lines.push(...f.score.differences.map((d) => `    ${d}`));
  }
  lines.push('', `category     precision  recall      F1   (tp/fp/fn)   ${result.files.length} files`);
  for (const c of scoredCategories) {
    const r = rates(result.total[c]);
    const { tp, fp, fn } = result.total[c];
    lines.push(`${c.padEnd(10)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}   (${tp}/${fp}/${fn})`);
  }
  const { same, of } = result.roles;
  lines.push(`org roles agree on ${same} of ${of} orgs found by name`);
  return lines.join('\n') + '\n';
}
