import { describe, expect, it } from 'vitest';
import { loadGrammars } from '../src/grammar/load.js';
import { normalize } from '../src/pipeline/normalize.js';
import { readFileSync } from 'node:fs';
import { fixtureInputs, fixturePath } from './helpers/fixtures.js';

/**
 * Every rule in grammars/*.json brings its own tests: each `match` input must produce the
 * given first match (as printed), each `noMatch` input must produce nothing. Rules match
 * the normalised text; offsets are the same in the printed text.
 */
const grammars = loadGrammars();
const fixtureTexts = () => fixtureInputs().filter((n) => /\.(txt|md|html)$/u.test(n) && !/utf16|gb18030/u.test(n)).map((n) => readFileSync(fixturePath(n), 'utf8'));

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

describe.each([...grammars.rules.values()].filter((r) => r.requires).map((r) => [r.id, r] as const))('%s only matches text with one of its `requires`', (_id, rule) => {
  // A rule is skipped on text without any of them, so no match may lack them: checked on the
  // rule's own examples and on every plan fixture.
  const texts = [...Object.keys(rule.match), ...rule.noMatch, ...fixtureTexts()];
  it(`on ${texts.length} texts`, () => {
    const regex = new RegExp(rule.regex.source, rule.regex.flags);
    const lacking = texts.flatMap((t) => [...normalize(t).text.matchAll(regex)].map((m) => m[0]).filter((m) => !rule.requires!.some((w) => m.includes(w))));
    expect(lacking).toEqual([]);
  });
});

describe('the build stamp of the grammar files', () => {
  it('matches the files as they are (npm test builds first), so runs skip re-validating them', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { grammarsDigest, grammarsDir, grammarsStamp } = await import('../src/grammar/load.js');
    const files = readdirSync(grammarsDir).filter((n) => n.endsWith('.json')).sort().map((name) => ({ name, text: readFileSync(join(grammarsDir, name), 'utf8') }));
    expect(readFileSync(grammarsStamp, 'utf8').trim()).toBe(grammarsDigest(files));
  });

  it('does not vouch for edited files: they are validated again', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { grammarsDir } = await import('../src/grammar/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'grammars-'));
    cpSync(grammarsDir, dir, { recursive: true });
    writeFileSync(join(dir, 'times.json'), JSON.stringify({ description: 'broken', rules: [{ id: 'time/x', why: 'w', pattern: 'x', match: {}, noMatch: ['y'] }] }));
    expect(() => loadGrammars(dir)).toThrow(/grammars\/times\.json: rules\.0\.match: give at least one match example/);
  });
});
