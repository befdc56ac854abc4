import { describe, expect, it } from 'vitest';
import { loadGrammars } from '../src/grammar/load.js';
import { normalize } from '../src/pipeline/normalize.js';

/**
 * Every rule in grammars/*.json brings its own tests: each `match` input must produce the
 * given first match (as printed), each `noMatch` input must produce nothing. Rules match
 * the normalised text; offsets are the same in the printed text.
 */
const grammars = loadGrammars();

function firstMatch(pattern: RegExp, printed: string): string | undefined {
  const regex = new RegExp(pattern.source, pattern.flags);
  const m = regex.exec(normalize(printed).text);
  return m ? printed.slice(m.index, m.index + m[0].length) : undefined;
}

describe.each([...grammars.rules.values()].map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(Object.entries(rule.match))('matches %s', (input, expected) => {
    expect(firstMatch(rule.regex, input)).toBe(expected);
  });
  it.each(rule.noMatch.map((s) => [s]))('does not match %s', (input) => {
    expect(firstMatch(rule.regex, input)).toBeUndefined();
  });
});
