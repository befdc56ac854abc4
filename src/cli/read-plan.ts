import { resolve } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { convertOne } from '../batch/convert-one.js';
import type { EncodingName } from '../pipeline/decode.js';
import type { PlanDocument } from '../schema/index.js';
import type { Io } from './io.js';

export type ReadPlan = { ok: true; document: PlanDocument } | { ok: false; message: string };

/** One plan named on the command line (or - for standard input), parsed; a failure is one line for stderr. */
export async function readPlan(file: string, options: { encoding?: EncodingName; debug?: boolean }, io: Io): Promise<ReadPlan> {
  const task = { path: file, file: file === '-' ? '-' : resolve(io.cwd, file), ...(options.encoding ? { encoding: options.encoding } : {}) };
  const stdin = file === '-' ? new Uint8Array(await buffer(io.stdin)) : undefined;
  const result = await convertOne(task, stdin);
  if (result.ok) return { ok: true, document: result.document };
  const detail = options.debug && result.detail ? '\n' + result.detail.replace(/^/gm, '    ') : '';
  return { ok: false, message: `${result.path}: ${result.reason}${detail}` };
}
