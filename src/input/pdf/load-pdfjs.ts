type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

/**
 * PDF.js, imported once per process or worker, with the built-ins as they were. Its legacy build
 * (the one that runs on Node 20) brings core-js polyfills that REPLACE built-ins for the whole
 * process: Array.prototype.push, JSON.parse and Function.prototype.toString become JavaScript
 * versions, many times slower, which every later file of a batch would pay for (measured: push
 * alone took a quarter of a PDF's parse). What it ADDS (Promise.withResolvers, Set and Iterator
 * helpers, Uint8Array.prototype.toHex) PDF.js needs on Node 20, and stays.
 * The worker half is imported here too: PDF.js then runs it in this thread instead of importing it later.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= keepingBuiltins(async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  });
  return loading;
}

/** The objects whose own properties a polyfill may replace. */
function builtins(): object[] {
  const iterator = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  const classes = [Object, Array, Function, String, Number, Boolean, Symbol, RegExp, Date, Error, Promise, Map, Set, WeakMap, WeakSet, ArrayBuffer, DataView, Uint8Array];
  return [globalThis, JSON, Math, Reflect, iterator, typedArray, (typedArray as { prototype: object }).prototype, ...classes, ...classes.map((c) => c.prototype as object)];
}

async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = builtins().map((target) => ({ target, own: Object.getOwnPropertyDescriptors(target) as Record<PropertyKey, PropertyDescriptor> }));
  try {
    return await load();
  } finally {
    for (const { target, own } of saved) {
      for (const key of Reflect.ownKeys(own)) {
        const before = own[key as string]!;
        const now = Object.getOwnPropertyDescriptor(target, key);
        // Only data properties: Node's lazy globals (TextDecoder, …) are getters that change on first use.
        if ('value' in before && now && now.value !== before.value && now.configurable) Object.defineProperty(target, key, before);
      }
    }
  }
}
