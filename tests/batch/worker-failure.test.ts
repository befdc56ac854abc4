import { describe, expect, it } from 'vitest';
import { workerFailureReason } from '../../src/batch/worker-failure.js';

describe('workerFailureReason', () => {
  it.each<[string, unknown, string]>([
    ['an Error', new Error('terminated'), 'worker failed: terminated'],
    ['a DOMException', new DOMException('could not be cloned', 'DataCloneError'), 'worker failed: could not be cloned'],
    ['an Error without a message', new RangeError(), 'worker failed: RangeError'],
    ['a plain object with a message', { message: 'out of memory' }, 'worker failed: out of memory'],
    ['a plain object', { code: 'ERR_X' }, 'worker failed: {"code":"ERR_X"}'],
    ['a string over lines', 'first\n  second', 'worker failed: first second'],
    ['nothing', undefined, 'worker failed: undefined'],
  ])('%s: one line, never [object Object]', (_what, error, expected) => {
    expect(workerFailureReason(error)).toBe(expected);
  });
});
