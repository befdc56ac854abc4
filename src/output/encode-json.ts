/**
 * A document as the UTF-8 bytes of its JSON — exactly `JSON.stringify(document, null, 2) + '\n'`
 * (pretty) or `JSON.stringify(document) + '\n'` — in pieces of at most `PIECE` bytes.
 *
 * Why not one string: a 10 MB plan's JSON is 80 MB. V8 builds JSON.stringify's result as a tree
 * of joined strings, and writing it flattened the tree into one copy and encoded that into one
 * 80 MB buffer through a slow path — over a second, more than the stringifying itself. Here each
 * element of the document's lists (a section, a metric, a task) is stringified on its own, its
 * small string encoded at once by TextEncoder (ten times faster than Buffer.from on such strings,
 * measured) into a buffer that is reused, and the bytes are copied out a piece at a time. The
 * pieces own their memory, so a worker can hand them to the main thread without a copy.
 */
const PIECE = 1 << 20;
const encoder = new TextEncoder();
const scratch = new Uint8Array(PIECE);

export function encodeJson(document: object, pretty: boolean): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let used = 0;
  const flush = () => {
    if (used > 0) pieces.push(scratch.slice(0, used));
    used = 0;
  };
  const put = (text: string) => {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
    if (PIECE - used < text.length * 3) flush();
    if (text.length * 3 <= PIECE) {
      used += encoder.encodeInto(text, used === 0 ? scratch : scratch.subarray(used)).written;
      return;
    }
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + Math.floor(PIECE / 3));
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--; // keep a pair together
      put(text.slice(at, end));
      at = end;
    }
  };
  const [open, colon, comma] = pretty ? ['\n  ', ': ', ',\n  '] : ['', ':', ','];
  put('{');
  let first = true;
  for (const key of Object.keys(document)) {
    const value = (document as Record<string, unknown>)[key];
    if (!isSerialised(value)) continue;
    put((first ? open : comma) + JSON.stringify(key) + colon);
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      put(pretty ? '[\n    ' : '[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) put(pretty ? ',\n    ' : ',');
        const item: unknown = value[i];
        put(!isSerialised(item) ? 'null' : pretty ? indent(JSON.stringify(item, null, 2), '\n    ') : JSON.stringify(item));
      }
      put(pretty ? '\n  ]' : ']');
    } else {
      put(pretty ? indent(JSON.stringify(value, null, 2), '\n  ') : JSON.stringify(value));
    }
  }
  put(first || !pretty ? '}\n' : '\n}\n');
  flush();
  return pieces;
}

/** What JSON.stringify writes for an object's property (it leaves out the rest, and writes null in a list). */
function isSerialised(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Nested JSON moved right: JSON escapes every line break inside strings, so each one is a line of layout. */
function indent(json: string, newline: string): string {
  return json.includes('\n') ? json.replaceAll('\n', newline) : json;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
