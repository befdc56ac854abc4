import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { GrammarFileSchema } from './schema.js';
import { compileGrammars, GrammarError, type Grammars } from './compile.js';

/** grammars/ sits at the package root, two levels above both src/grammar and dist/grammar. */
export const grammarsDir = fileURLToPath(new URL('../../grammars/', import.meta.url));

let cached: Grammars | undefined;

/** Every grammars/*.json, validated and compiled once per process. */
export function loadGrammars(dir: string = grammarsDir): Grammars {
  if (dir === grammarsDir && cached) return cached;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const parsed = GrammarFileSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new GrammarError(`grammars/${name}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return { file: name, grammar: parsed.data };
    });
  const grammars = compileGrammars(files);
  if (dir === grammarsDir) cached = grammars;
  return grammars;
}
