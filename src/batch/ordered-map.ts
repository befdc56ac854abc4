/**
 * `start` applied to every item of `items`, results yielded in input order, each as soon as it
 * and all before it are done: a reorder buffer. At most `window` items are in flight; a new one
 * is started only when the consumer takes a result, so a slow consumer (stdout that does not
 * drain) stops the reading of input too, and memory stays flat however many items come.
 * `items` is pulled lazily: it may be an endless stream.
 */
export async function* orderedMap<T, R>(items: AsyncIterable<T> | Iterable<T>, start: (item: T) => Promise<R>, window: number, signal?: AbortSignal): AsyncGenerator<R> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const inFlight: Promise<R>[] = [];
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && inFlight.length < window) {
      const next = await source.next();
      if (next.done) exhausted = true;
      else inFlight.push(start(next.value));
    }
  };
  try {
    for (;;) {
      await fill();
      const head = inFlight.shift();
      if (!head) return;
      signal?.throwIfAborted();
      const result = await head;
      signal?.throwIfAborted();
      yield result;
    }
  } finally {
    // Stopped early (an error, the consumer gave up): let the source close its stream.
    if (!exhausted) await source.return?.();
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return { next: async () => iterator.next() };
}
