/**
 * A document as the UTF-8 bytes of its JSON — exactly `JSON.stringify(document, null, 2) + '\n'`
 * (pretty) or `JSON.stringify(document) + '\n'` — in pieces of at most `PIECE` bytes.
 *
 * Why not one string: a 10 MB plan's JSON is 80 MB. V8 builds JSON.stringify's result as a tree
 * of joined strings, and writing it flattened the tree into one copy and encoded that into one
 * 80 MB buffer through a slow path — over a second, more than the stringifying itself. Here the
 * elements of the document's lists (sections, metrics, tasks) are stringified a run at a time,
 * each string encoded by TextEncoder (ten times faster than Buffer.from on such strings,
 * measured) into a buffer that is reused; every piece is whole UTF-8 and owns its
 * memory, so a worker can hand it to the main thread without a copy.
 */
const PIECE = 1 << 20;
/** Elements stringified together: few calls, and strings of a few hundred kilobytes at most. */
const RUN = 64;
const encoder = new TextEncoder();
const shared = new Uint8Array(PIECE);
/** Whether an unfinished generator is filling `shared` (another then fills a buffer of its own). */
let sharedInUse = false;

// Elements of a top-level list, pretty-printed, sit two levels deep: stringifying them inside
// two lists gives them their indentation and separators at once, between this prefix and suffix.
const DEEP_OPEN = '[\n  [\n    ';
const DEEP_CLOSE = '\n  ]\n]';

export function encodeJson(document: object, pretty: boolean): Uint8Array[] {
  return [...jsonPieces(document, pretty)];
}

/**
 * The same bytes, a piece at a time as each fills: a writer that takes them as they come never
 * holds a long plan's whole JSON (nor makes the system find 80 MB of fresh pages for it).
 */
export function* jsonPieces(document: object, pretty: boolean): Generator<Uint8Array> {
  const ownsShared = !sharedInUse;
  sharedInUse = true;
  try {
    yield* encode(document, pretty, ownsShared ? shared : new Uint8Array(PIECE));
  } finally {
    if (ownsShared) sharedInUse = false;
  }
}

function* encode(document: object, pretty: boolean, scratch: Uint8Array): Generator<Uint8Array> {
  const pieces: Uint8Array[] = [];
  let used = 0;
  // Bytes are gathered in one reused buffer and copied out at their size: a small plan's
  // output costs its own length, not a megabyte.
  const flush = () => {
    if (used > 0) pieces.push(scratch.slice(0, used));
    used = 0;
  };
  const put = (text: string) => {
    let rest = text;
    for (;;) {
      // encodeInto writes whole characters only (never half a surrogate pair or a UTF-8 sequence).
      const { read, written } = encoder.encodeInto(rest, used === 0 ? scratch : scratch.subarray(used));
      used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      flush();
    }
  };
  const [open, colon, comma] = pretty ? ['\n  ', ': ', ',\n  '] : ['', ':', ','];
  put('{');
  let first = true;
  const ready = function* () {
    while (pieces.length > 0) yield pieces.shift()!;
  };
  for (const key of Object.keys(document)) {
    const value = (document as Record<string, unknown>)[key];
    if (!isSerialised(value)) continue;
    put((first ? open : comma) + JSON.stringify(key) + colon);
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      put(pretty ? '[\n    ' : '[');
      for (let at = 0; at < value.length; at += RUN) {
        if (at > 0) put(pretty ? ',\n    ' : ',');
        const run = value.slice(at, at + RUN);
        const json = pretty ? JSON.stringify([run], null, 2) : JSON.stringify(run);
        put(pretty ? json.slice(DEEP_OPEN.length, json.length - DEEP_CLOSE.length) : json.slice(1, -1));
        yield* ready();
      }
      put(pretty ? '\n  ]' : ']');
    } else {
      put(pretty ? indent(JSON.stringify(value, null, 2), '\n  ') : JSON.stringify(value));
    }
  }
  put(first || !pretty ? '}\n' : '\n}\n');
  flush();
  yield* ready();
}

/** What JSON.stringify writes for an object's property (it leaves out the rest, and writes null in a list). */
function isSerialised(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Nested JSON moved right: JSON escapes every line break inside strings, so each one is a line of layout. */
function indent(json: string, newline: string): string {
  return json.includes('\n') ? json.replaceAll('\n', newline) : json;
}
