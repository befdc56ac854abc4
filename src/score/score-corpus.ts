import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { convertBatch } from '../batch/convert-batch.js';
import { supportedExtensions } from '../batch/expand-inputs.js';
import { AnswerKeySchema, scoredCategories, type ScoredCategory } from './answer-key.js';
import { keyOf } from './key-of-document.js';
import { scoreKey, type Counts, type KeyScore } from './score-key.js';

export type FileScore = { name: string } & ({ ok: true; score: KeyScore } | { ok: false; reason: string });
export type CorpusScore = { files: FileScore[]; total: Record<ScoredCategory, Counts>; roles: { same: number; of: number } };

const KEY_SUFFIX = '.expected.json';

/**
 * Scores every plan under `inputDir` that has an answer key under `keyDir` at the same relative
 * name (`pages/pA-01.txt` ↔ `pages/pA-01.expected.json`). Keys without an input are reported
 * as failures, never skipped silently.
 */
export async function scoreCorpus(inputDir: string, keyDir: string, options: { jobs?: number } = {}): Promise<CorpusScore> {
  const keys = (await fg(`**/*${KEY_SUFFIX}`, { cwd: keyDir })).sort();
  const inputs = await fg(`**/*.{${supportedExtensions.join(',')}}`, { cwd: inputDir, caseSensitiveMatch: false });
  const inputOf = new Map(inputs.map((name) => [name.replace(/\.[^./]+$/, ''), name]));
  const files: FileScore[] = [];
  const jobs: Array<{ path: string; file: string }> = [];
  for (const key of keys) {
    const input = inputOf.get(key.slice(0, -KEY_SUFFIX.length));
    if (input) jobs.push({ path: input, file: join(inputDir, input) });
    else files.push({ name: key, ok: false, reason: `no input beside it in ${inputDir}` });
  }
  for await (const result of convertBatch(jobs, { jobs: options.jobs ?? 1 })) {
    const name = result.path;
    if (!result.ok) {
      files.push({ name, ok: false, reason: result.reason });
      continue;
    }
    const keyFile = join(keyDir, name.replace(/\.[^./]+$/, '') + KEY_SUFFIX);
    const parsed = AnswerKeySchema.safeParse(JSON.parse(await readFile(keyFile, 'utf8')));
    if (!parsed.success) files.push({ name, ok: false, reason: `answer key is malformed: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` });
    else files.push({ name, ok: true, score: scoreKey(parsed.data, keyOf(result.document)) });
  }
  files.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { files, ...totals(files) };
}

function totals(files: readonly FileScore[]): Pick<CorpusScore, 'total' | 'roles'> {
  const total = Object.fromEntries(scoredCategories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredCategory, Counts>;
  const roles = { same: 0, of: 0 };
  for (const f of files) {
    if (!f.ok) continue;
    for (const c of scoredCategories) {
      total[c].tp += f.score.counts[c].tp;
      total[c].fp += f.score.counts[c].fp;
      total[c].fn += f.score.counts[c].fn;
    }
    roles.same += f.score.roles.same;
    roles.of += f.score.roles.of;
  }
  return { total, roles };
}

/** Precision, recall and F1 in percent (100 when there was nothing to find and nothing was found). */
export function rates({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 100 : (100 * tp) / (tp + fp);
  const recall = tp + fn === 0 ? 100 : (100 * tp) / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
