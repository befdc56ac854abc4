import { diffValue } from './diff-value.js';
import { show } from './show-change.js';

type Json = unknown;
type Obj = Record<string, Json>;

const entityKinds = { metrics: 'metric', times: 'time', policies: 'policy', orgs: 'org', terms: 'term', warnings: 'warning' } as const;

/**
 * What changed from the expected document to the actual one, as lines a person can read:
 * `metrics[12] (section 4.16) value 196 → 195`, `added time "年底前" (section 2.3)`,
 * `section 3 title "…" → "…"`. Sections pair by id; entities pair by where they start, so a
 * changed value is one line, not a removal plus an addition.
 */
export function diffDocuments(expected: Json, actual: Json): string[] {
  const out: string[] = [];
  if (!isObject(expected) || !isObject(actual)) {
    diffValue('', expected, actual, out, 'document');
    return out;
  }
  const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
  for (const key of keys) {
    const before = expected[key];
    const after = actual[key];
    if (key === 'sections' && Array.isArray(before) && Array.isArray(after)) diffSections(before, after, out);
    else if (key in entityKinds && Array.isArray(before) && Array.isArray(after)) diffEntities(key as keyof typeof entityKinds, before, after, out);
    else diffValue('', before, after, out, key);
  }
  return out;
}

function diffSections(before: Json[], after: Json[], out: string[]): void {
  const pairs = pairBy(flatten(before), flatten(after), (s) => String(s.id));
  for (const [b, a] of pairs) {
    if (b && a) {
      const { children: _b, ...bOwn } = b;
      const { children: _a, ...aOwn } = a;
      diffValue(`section ${String(a.id)}`, bOwn, aOwn, out);
    } else if (b) out.push(`removed section ${String(b.id)} ${show(b.title)}`);
    else if (a) out.push(`added section ${String(a.id)} ${show(a.title)}`);
  }
}

function diffEntities(kind: keyof typeof entityKinds, before: Json[], after: Json[], out: string[]): void {
  const name = entityKinds[kind];
  const index = new Map<Json, number>();
  after.forEach((a, i) => index.set(a, i));
  const objects = (list: Json[]) => list.filter(isObject);
  const pairs = pairBy(objects(before), objects(after), (e) => String(startOf(e)));
  for (const [b, a] of pairs) {
    if (b && a) diffValue(`${kind}[${index.get(a)}] (section ${String(a.sectionId ?? '?')})`, b, a, out);
    else if (b) out.push(`removed ${name} ${describe(b)}`);
    else if (a) out.push(`added ${name} ${describe(a)}`);
  }
}

function describe(entity: Obj): string {
  const what = entity.text ?? `${String(entity.code)}: ${String(entity.message)}`;
  return `${show(what)} (section ${String(entity.sectionId ?? '?')})`;
}

function startOf(entity: Obj): number {
  const span = entity.span as { start?: { offset?: number } } | undefined;
  return span?.start?.offset ?? -1;
}

/**
 * Pairs items with the same key (the nth with the nth when a key repeats), in the order of
 * the actual list with unmatched expected items placed where they stood.
 */
function pairBy(before: Obj[], after: Obj[], key: (o: Obj) => string): [Obj | undefined, Obj | undefined][] {
  const waiting = new Map<string, Obj[]>();
  for (const b of before) waiting.set(key(b), [...(waiting.get(key(b)) ?? []), b]);
  const matched = new Set<Obj>();
  const pairs: [Obj | undefined, Obj | undefined][] = [];
  let next = 0;
  const flushBefore = (upTo: Obj | undefined) => {
    for (; next < before.length && before[next] !== upTo; next++) {
      if (!matched.has(before[next]!)) pairs.push([before[next], undefined]);
    }
  };
  for (const a of after) {
    const b = waiting.get(key(a))?.shift();
    if (b) {
      matched.add(b);
      if (before.indexOf(b) >= next) flushBefore(b);
    }
    pairs.push([b, a]);
  }
  flushBefore(undefined);
  return pairs;
}

function flatten(sections: Json[]): Obj[] {
  return sections.filter(isObject).flatMap((s) => [s, ...flatten(Array.isArray(s.children) ? s.children : [])]);
}

function isObject(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
