// Part of `npm run build`: validates every grammars/*.json against its zod schema and, when
// all are valid, writes the digest of what it validated to dist/grammars.stamp. loadGrammars
// then skips validating files that still match (zod need not load on the parse path).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammarsDigest, grammarsDir, grammarsStamp, validate } from '../dist/grammar/load.js';
import { compileGrammars } from '../dist/grammar/compile.js';

const raw = readdirSync(grammarsDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(grammarsDir, name), 'utf8') }));
try {
  // Validated and compiled as at run time: a pattern that does not compile fails the build too.
  compileGrammars(raw.map(({ name, text }) => ({ file: name, grammar: validate(name, JSON.parse(text)) })));
} catch (error) {
  console.error(`grammars: ${error.message}`);
  process.exit(1);
}
writeFileSync(grammarsStamp, `${grammarsDigest(raw)}\n`);
