/** One input line as text, or why it could not be one (it is still a line: it gets its output line). */
export type Line = { text: string } | { problem: string };

const newline = 0x0a;
/** ignoreBOM keeps a U+FEFF inside a line as it is: only the first line's BOM is dropped, by hand. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The lines of a byte stream, pulled one at a time: the stream is read only as fast as lines are
 * taken, so a consumer that stops also stops the reading. A line ends at LF; a CR before it is
 * dropped (CRLF), a UTF-8 BOM before the first line too. A last line without LF is a line; the LF
 * that ends the input does not start another, but an empty line inside it is one (so output
 * lines still pair with input lines). A line longer than `maxBytes` is not held: its bytes are
 * dropped as they arrive and it becomes a problem.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  /** Bytes of the current line seen so far once it is known to be too long (then nothing is kept). */
  let dropped = 0;
  let first = true;
  const take = (part: Uint8Array) => {
    if (dropped > 0) dropped += part.length;
    else if (size + part.length > maxBytes) {
      dropped = size + part.length;
      parts = [];
      size = 0;
    } else if (part.length > 0) {
      parts.push(part);
      size += part.length;
    }
  };
  const finish = (): Line => {
    const line = dropped > 0 ? tooLong(dropped, maxBytes) : decodeLine(parts.length === 1 ? parts[0]! : Buffer.concat(parts), first);
    parts = [];
    size = 0;
    dropped = 0;
    first = false;
    return line;
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let end = bytes.indexOf(newline, from); end >= 0; end = bytes.indexOf(newline, from)) {
      take(bytes.subarray(from, end));
      yield finish();
      from = end + 1;
    }
    if (from < bytes.length) take(bytes.subarray(from));
  }
  if (size > 0 || dropped > 0) yield finish();
}

function decodeLine(bytes: Uint8Array, first: boolean): Line {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  const start = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: strictUtf8.decode(bytes.subarray(start, end)) };
  } catch {
    return { problem: 'not UTF-8: a line of JSON Lines must be UTF-8 text' };
  }
}

function tooLong(bytes: number, limit: number): Line {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return { problem: `record too large: a line of ${mb(bytes)} (the limit is ${mb(limit)}; raise it with --max-size)` };
}
