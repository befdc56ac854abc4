import type { Block } from '../extract/types.js';
import type { Outline, RawSection } from './types.js';

/** The stretches extractors read: the preamble ("0") and each section's own text, in order. */
export function blocksOf(outline: Outline): Block[] {
  const blocks: Block[] = [];
  if (outline.preamble) {
    const { start, end } = outline.preamble;
    blocks.push({ sectionId: '0', start, end, bodyStart: start, ancestors: [] });
  }
  const visit = (section: RawSection, ancestors: string[]) => {
    blocks.push({ sectionId: section.id, start: section.start, end: section.end, bodyStart: section.bodyStart, ancestors });
    for (const child of section.children) visit(child, [...ancestors, section.id]);
  };
  for (const section of outline.sections) visit(section, []);
  return blocks;
}
