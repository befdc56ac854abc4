import type { Grammars } from '../grammar/compile.js';
import type { RawPoint, RawSection } from './types.js';
import { ordinalOf } from './ordinal.js';

const SENTENCE_END = /[。;!?\n]/g;

/**
 * Inline enumerations in a section's body (一是…二是…, 第一，…第二，…). A run must start at
 * one and go on in order; each point runs to the next, the last to the end of its sentence.
 */
export function findSubPoints(section: RawSection, text: string, grammars: Grammars): RawPoint[] {
  const end = section.children[0]?.start ?? section.end;
  const body = text.slice(section.bodyStart, end);
  for (const rule of grammars.rulesOf('points')) {
    const starts: Array<{ at: number; marker: string; ordinal: number }> = [];
    rule.regex.lastIndex = 0;
    for (const m of body.matchAll(rule.regex)) {
      const ordinal = ordinalOf(m.groups!.ordinal!);
      if (ordinal === undefined) continue;
      const expected = (starts[starts.length - 1]?.ordinal ?? 0) + 1;
      if (ordinal === expected) starts.push({ at: m.index, marker: m[0], ordinal });
      else if (ordinal === 1) starts.splice(0, starts.length, { at: m.index, marker: m[0], ordinal });
    }
    if (starts.length < 2) continue;
    return starts.map((p, i) => {
      const next = starts[i + 1]?.at;
      SENTENCE_END.lastIndex = p.at;
      const close = next === undefined ? SENTENCE_END.exec(body) : null;
      const stop = next ?? (close ? close.index + 1 : body.length);
      return { marker: p.marker.replace(/[,、]$/, ''), ordinal: p.ordinal, start: section.bodyStart + p.at, end: section.bodyStart + stop };
    });
  }
  return [];
}
