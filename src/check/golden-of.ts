import { join } from 'node:path';
import { convertOne } from '../batch/convert-one.js';
import { InputError } from '../pipeline/decode.js';
import type { PlanDocument } from '../schema/index.js';

export { formatJson as goldenJson } from '../output/json.js';

/** `瓮安2022.txt` → `瓮安2022.expected.json`, beside the input. */
export function expectedNameOf(inputName: string): string {
  return inputName.replace(/\.[^./]+$/, '') + '.expected.json';
}

/**
 * The document a fixture's golden file holds: the input parsed with `source.path` relative to
 * the fixtures folder (`瓮安2022.txt`, posix separators), so golden files carry no machine paths.
 * Serialise it with `goldenJson`. Throws InputError when the fixture cannot be parsed.
 */
export async function goldenOf(fixtureDir: string, inputName: string): Promise<PlanDocument> {
  const result = await convertOne({ path: inputName, file: join(fixtureDir, inputName) });
  if (!result.ok) throw new InputError(`${inputName}: ${result.reason}`);
  return result.document;
}
