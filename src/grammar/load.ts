import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { grammarSchemas } from './grammar-schemas.js';
import { compileGrammars, GrammarError, type Grammars } from './compile.js';
import type { GrammarFile } from './schema.js';

/** grammars/ sits at the package root, two levels above both src/grammar and dist/grammar. */
export const grammarsDir = fileURLToPath(new URL('../../grammars/', import.meta.url));

/**
 * Written by `npm run build` (scripts/stamp-grammars.mjs) after it has validated every grammar
 * file: the digest of exactly the bytes it validated. Same path from src/ and from dist/.
 */
export const grammarsStamp = fileURLToPath(new URL('../../dist/grammars.stamp', import.meta.url));

let cached: Grammars | undefined;

type RawFile = { name: string; text: string };

/** Digest of the grammar files, names and contents, in order. */
export function grammarsDigest(files: readonly RawFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.name}\0${f.text}\0`);
  return hash.digest('hex');
}

/**
 * Every grammars/*.json, validated and compiled once per process. Validation needs zod, whose
 * loading is a sixth of a one-file run; files whose digest matches the build's stamp were
 * validated by the build and are not validated again. Edited files are.
 */
export function loadGrammars(dir: string = grammarsDir): Grammars {
  if (dir === grammarsDir && cached) return cached;
  const raw = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const trusted = dir === grammarsDir && stampOf() === grammarsDigest(raw);
  const files = raw.map(({ name, text }) => ({ file: name, grammar: trusted ? (JSON.parse(text) as GrammarFile) : validate(name, JSON.parse(text)) }));
  const grammars = compileGrammars(files);
  if (dir === grammarsDir) cached = grammars;
  return grammars;
}

/** A grammar file checked against its schema; the first problem becomes a GrammarError. */
export function validate(name: string, raw: unknown): GrammarFile {
  // Loaded here, on demand and synchronously: the parse path does not otherwise need zod.
  const { z } = createRequire(import.meta.url)('zod') as typeof import('zod');
  const parsed = grammarSchemas(z).GrammarFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GrammarError(`grammars/${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as GrammarFile;
}

function stampOf(): string | undefined {
  try {
    return readFileSync(grammarsStamp, 'utf8').trim();
  } catch {
    return undefined;
  }
}
