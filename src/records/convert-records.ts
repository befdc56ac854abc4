import type { Piscina } from 'piscina';
import { openPool, windowPerJob } from '../batch/open-pool.js';
import { workerFailureReason } from '../batch/worker-failure.js';
import { orderedMap } from '../batch/ordered-map.js';
import { readLines, type Line } from './read-lines.js';
import { convertRecord, recordFailure, type RecordResult, type RecordTask } from './convert-record.js';
import type { EncodingName } from '../pipeline/decode.js';

export type RecordsOptions = {
  /** 1 converts in this thread; more spreads records over a worker pool. Output is the same either way. */
  jobs: number;
  /** Forces the encoding of base64 records (text records are text already). */
  encoding?: EncodingName;
  /** A record whose plan is larger than this fails; a line longer than twice this is not even held. */
  maxBytes?: number;
  signal?: AbortSignal;
};

/** Lines of JSON may escape every character (\u6559 is 6 bytes for 3 of UTF-8): room for that, and the keys. */
const lineBytesFor = (maxBytes: number) => 2 * maxBytes + 1_000_000;

/**
 * JSON Lines of plans in, one result per line out, in input order. Lines are read only as
 * results are taken, and at most a few records per worker are in flight (the reorder buffer
 * of file batches), so memory stays flat however long the stream is and a consumer that stops
 * (a full stdout pipe) stops the reading too.
 */
export async function* convertRecords(input: AsyncIterable<Uint8Array | string>, options: RecordsOptions): AsyncGenerator<RecordResult> {
  // The pool starts with the first record: an empty stream (an empty Spark partition) costs nothing.
  let pool: Promise<Piscina | undefined> | undefined;
  const start = async (line: Line): Promise<RecordResult> => {
    if ('problem' in line) return recordFailure(null, line.problem);
    const task: RecordTask = { line: line.text, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) };
    const workers = await (pool ??= openPool(options.jobs));
    if (!workers) return convertRecord(task);
    return (workers.run(task, { name: 'record', signal: options.signal }) as Promise<RecordResult>).catch((error: unknown) =>
      recordFailure(null, workerFailureReason(error)),
    );
  };
  const window = options.jobs > 1 ? options.jobs * windowPerJob : 1;
  const lines = readLines(input, lineBytesFor(options.maxBytes ?? Number.MAX_SAFE_INTEGER / 4));
  try {
    yield* orderedMap(lines, start, window, options.signal);
  } finally {
    await (await pool)?.destroy();
  }
}
