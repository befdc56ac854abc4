import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { convertBatch } from '../batch/convert-batch.js';
import { supportedExtensions } from '../batch/expand-inputs.js';
import { diffDocuments } from './diff-documents.js';
import { sameValue } from './diff-value.js';
import { expectedNameOf } from './golden-of.js';
import { formatJson } from '../output/json.js';
import { writeFileAtomic } from '../output/atomic-file.js';
import { PlanDocumentSchema } from '../schema/index.js';

export type FixtureStatus = 'ok' | 'changed' | 'missing' | 'invalid' | 'failed' | 'updated';

/** One fixture's verdict; `lines` say why (diff lines, schema issues, the failure reason). */
export type FixtureResult = { name: string; status: FixtureStatus; lines: string[] };

export type CheckOptions = {
  update?: boolean;
  jobs?: number;
  /** Where the golden files are, when not beside the inputs (inputs that are not ours to commit). */
  expectedDir?: string;
};

/**
 * Re-parse every fixture input under `dir` and compare it with its golden file, in name order.
 * With `update`, rewrites golden files that differ (atomically) instead of failing; output that
 * breaks the schema or input that fails to parse is never written.
 */
export async function* checkFixtures(dir: string, options: CheckOptions = {}): AsyncGenerator<FixtureResult> {
  const names = (await fg(`**/*.{${supportedExtensions.join(',')}}`, { cwd: dir, dot: false, caseSensitiveMatch: false, ignore: ['**/README.md'] })).sort(
    (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  );
  const inputs = names.map((name) => ({ path: name, file: join(dir, name) }));
  for await (const result of convertBatch(inputs, { jobs: options.jobs ?? 1 })) {
    const name = result.path;
    if (result.ok) {
      const valid = PlanDocumentSchema.safeParse(result.document);
      if (!valid.success) {
        yield { name, status: 'invalid', lines: valid.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`) };
        continue;
      }
    }
    // A fixture of bad input (an empty file) is golden too: its expected file holds the reason.
    const actual = result.ok ? formatJson(result.document) : formatError(result.reason);
    const expectedFile = join(options.expectedDir ?? dir, expectedNameOf(name));
    const expected = await readFile(expectedFile, 'utf8').catch(() => undefined);
    if (actual === expected) {
      yield { name, status: 'ok', lines: [] };
    } else if (options.update) {
      await writeFileAtomic(expectedFile, actual);
      yield { name, status: 'updated', lines: [] };
    } else if (expected === undefined) {
      yield { name, status: 'missing', lines: [`no expected file ${expectedNameOf(name)} (run with --update to create it)`] };
    } else {
      yield { name, status: 'changed', lines: compare(expected, JSON.parse(actual)) };
    }
  }
}

/** The golden form of an input that is refused: `{"error": reason}`. */
export function formatError(reason: string): string {
  return JSON.stringify({ error: reason }, null, 2) + '\n';
}

function compare(expectedText: string, actual: unknown): string[] {
  let expected: unknown;
  try {
    expected = JSON.parse(expectedText);
  } catch (error) {
    return [`expected file is not valid JSON: ${(error as Error).message}`];
  }
  if (sameValue(expected, actual)) return ['expected file is formatted differently (run with --update)'];
  return diffDocuments(expected, actual);
}
