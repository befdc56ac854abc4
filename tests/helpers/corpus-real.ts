import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fileURLToPath } from 'node:url';

/**
 * The real published plans, read in place (never copied into the repo). The folder sits beside
 * the repository; a clone without it skips the tests that need it, with this reason.
 */
export const corpusRealDir = fileURLToPath(new URL('../../../shared/corpus-real/', import.meta.url));
export const hasCorpusReal = existsSync(corpusRealDir);
export const corpusRealMissing = '../shared/corpus-real is absent (it is not part of the repository)';

/** The one file of the real corpus whose name starts with `prefix` (e.g. "03_"). */
export function corpusRealFile(prefix: string): string {
  const name = readdirSync(corpusRealDir).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no file ${prefix}* in ${corpusRealDir}`);
  return join(corpusRealDir, name);
}

/** A test on the real corpus; where the folder is absent it is skipped, and its name says why. */
export function itOnRealPlans(name: string, fn: () => Promise<void> | void, timeout?: number): void {
  if (hasCorpusReal) it(name, fn, timeout);
  else it.skip(`${name} — skipped: ${corpusRealMissing}`, fn);
}
