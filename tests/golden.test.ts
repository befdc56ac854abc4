import { describe, expect, it } from 'vitest';
import { goldenJson, goldenOf, expectedNameOf } from '../src/check/golden-of.js';
import { checkFixtures, formatError } from '../src/check/check-fixtures.js';
import { InputError } from '../src/pipeline/decode.js';
import { fixtureInputs, fixturesDir } from './helpers/fixtures.js';

/**
 * Every fixture against its reviewed golden file, NAME.expected.json beside it. With CI set,
 * vitest does not write a missing snapshot, so a fixture without one fails. Review changes
 * to these files like code: each one is a change in what the tool tells its users.
 */
describe('golden fixtures', () => {
  it.each(fixtureInputs())('%s', async (name) => {
    let golden: string;
    try {
      golden = goldenJson(await goldenOf(fixturesDir, name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      golden = formatError(error.message.replace(`${name}: `, ''));
    }
    await expect(golden).toMatchFileSnapshot(`../fixtures/${expectedNameOf(name)}`);
  });

  it('plan-extract check passes on the project fixtures', async () => {
    const verdicts = [];
    for await (const result of checkFixtures(fixturesDir)) verdicts.push(result);
    expect(verdicts.filter((v) => v.status !== 'ok')).toEqual([]);
    expect(verdicts).toHaveLength(fixtureInputs().length);
  });
});
