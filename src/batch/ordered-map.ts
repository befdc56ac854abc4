/**
 * `start` applied to every item of `items`, results yielded in input order, each as soon as it
 * and all before it are done: a reorder buffer. At most `window` items are in flight; new ones
 * are started only while the consumer takes results, so a slow consumer (stdout that does not
 * drain) stops the reading of input too, and memory stays flat however many items come.
 * `items` is pulled lazily and may be an endless stream; a finished result is never held back
 * waiting for the next item to arrive (a caller may send one record and wait for its answer).
 */
export async function* orderedMap<T, R>(items: AsyncIterable<T> | Iterable<T>, start: (item: T) => Promise<R>, window: number, signal?: AbortSignal): AsyncGenerator<R> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const inFlight: Promise<R>[] = [];
  let exhausted = false;
  let pending: Promise<IteratorResult<T>> | undefined;
  try {
    for (;;) {
      while (!exhausted && inFlight.length < window) {
        pending ??= source.next();
        // With work in flight, stop waiting for input as soon as the oldest result is ready.
        // (Failures are only noted here: the awaits below raise them.)
        const ready = inFlight[0]?.then(() => true, () => true);
        if (ready && (await Promise.race([pending.then(() => false, () => false), ready]))) break;
        const next = await pending;
        pending = undefined;
        if (next.done) exhausted = true;
        else inFlight.push(start(next.value));
      }
      const head = inFlight.shift();
      if (!head) return;
      signal?.throwIfAborted();
      const result = await head;
      signal?.throwIfAborted();
      yield result;
    }
  } finally {
    // Stopped early (an error, the consumer gave up): let the source close its stream once it can.
    if (!exhausted) void source.return?.()?.catch(() => undefined);
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: async () => iterator.next() };
}
