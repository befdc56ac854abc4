import { writeChunk } from '../output/write-chunk.js';
import { readPlan } from './read-plan.js';
import { UsageError } from './usage-error.js';
import type { EncodingName } from '../pipeline/decode.js';
import type { Io } from './io.js';

/**
 * `view FILE` (one plan) or `view OLD NEW` (their diff, side by side): one self-contained HTML
 * page on standard output. Exit 0, or 2 when a plan could not be read (as for `diff`).
 */
export async function viewCommand(files: readonly string[], options: { encoding?: EncodingName; debug: boolean }, io: Io): Promise<number> {
  if (files.length < 1 || files.length > 2) throw new UsageError('view takes one plan, or two to compare (OLD NEW)');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('only one of OLD and NEW can be - (standard input)');
  const plans = [];
  for (const f of files) plans.push(await readPlan(f, options, io));
  const failures = plans.flatMap((p) => (p.ok ? [] : [p.message]));
  if (failures.length > 0) {
    io.stderr.write(failures.map((m) => m + '\n').join(''));
    return 2;
  }
  const documents = plans.map((p) => (p.ok ? p.document : undefined!));
  if (documents.length === 1) {
    const { renderPlanPage } = await import('../view/render-plan-page.js');
    await writeChunk(io.stdout, renderPlanPage(documents[0]!));
  } else {
    const { renderDiffPage } = await import('../view/render-diff-page.js');
    const { comparePlans } = await import('../compare/compare-plans.js');
    await writeChunk(io.stdout, renderDiffPage(documents[0]!, documents[1]!, comparePlans(documents[0]!, documents[1]!)));
  }
  return 0;
}
