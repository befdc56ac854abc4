import type { Outline, RawSection } from './types.js';

/** Which section holds an offset: "0" for the preamble, undefined in front or back matter. */
export function sectionAt(outline: Outline): (offset: number) => string | undefined {
  const ranges: Array<{ start: number; end: number; id: string }> = [];
  if (outline.preamble) ranges.push({ ...outline.preamble, id: '0' });
  const visit = (s: RawSection) => {
    ranges.push({ start: s.start, end: s.end, id: s.id });
    s.children.forEach(visit);
  };
  outline.sections.forEach(visit);
  return (offset) => ranges.find((r) => offset >= r.start && offset < r.end)?.id;
}
