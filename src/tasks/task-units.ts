import type { Section, SubPoint } from '../schema/index.js';

/** A stretch of the source an enclosing item owns: its own text, less its inline points. */
export type Scope = { start: number; end: number; holes: ReadonlyArray<readonly [number, number]> };

/**
 * Where one task stands before its entities are read: `scopes[0]` is the task itself, then
 * each enclosing item from the nearest outwards (the section around a point, then ancestors),
 * the places a deadline, units or a leader are inherited from.
 */
export type TaskUnit = {
  id: string;
  sectionId: string;
  point?: number;
  path: string[];
  title: string;
  start: number;
  end: number;
  scopes: Scope[];
};

const WHITE = /\s/u;
/** A point's lead phrase ends at the first clause mark outside quotes, titles and brackets. */
const PHRASE_END = /[，,。；;：:！!？?]/u;
const OPEN = '“‘《（(「';
const CLOSE = '”’》）)」';

/**
 * One unit per actionable item, in document order: every section without sub-sections, or,
 * where it numbers points inline (一是…二是…, 第一，…), each of its points.
 */
export function taskUnits(sections: readonly Section[], source: string): TaskUnit[] {
  const units: TaskUnit[] = [];
  const walk = (list: readonly Section[], path: string[], outer: Scope[]) => {
    for (const s of list) {
      const here = [...path, s.title];
      const own = scopeOf(s);
      if (s.children.length > 0) {
        walk(s.children, here, [own, ...outer]);
        continue;
      }
      if (s.points.length === 0) {
        const [start, end] = trimmed(source, s.span.start.offset, s.span.end.offset);
        units.push({ id: s.id, sectionId: s.id, path: here, title: s.title, start, end, scopes: [{ start, end, holes: [] }, ...outer] });
        continue;
      }
      for (const p of s.points) {
        const [start, end] = trimmed(source, p.span.start.offset, p.span.end.offset);
        units.push({ id: `${s.id}.${p.ordinal}`, sectionId: s.id, point: p.ordinal, path: here, title: leadPhrase(p), start, end, scopes: [{ start, end, holes: [] }, own, ...outer] });
      }
    }
  };
  walk(sections, [], []);
  return units;
}

function scopeOf(s: Section): Scope {
  return { start: s.span.start.offset, end: s.span.end.offset, holes: s.points.map((p) => [p.span.start.offset, p.span.end.offset] as const) };
}

/** 一是加快形成“特色办学”的办学格局，做大… → 加快形成“特色办学”的办学格局 */
function leadPhrase(point: SubPoint): string {
  const rest = point.text.slice(point.marker.length).replace(/^[，,、：:\s]+/u, '');
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && PHRASE_END.test(c)) return rest.slice(0, i).trim();
  }
  return rest.trim();
}

function trimmed(source: string, start: number, end: number): [number, number] {
  while (end > start && WHITE.test(source[end - 1]!)) end--;
  while (start < end && WHITE.test(source[start]!)) start++;
  return [start, end];
}
