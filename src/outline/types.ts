import type { MatterKind, Meta } from '../schema/index.js';

/** Offsets are into the decoded text (normalisation keeps them). `end` is exclusive. */
export type RawMatter = {
  kind: MatterKind;
  start: number;
  end: number;
  /** What the head reader took the line for, where the block kind keeps less (a notice's title or its body). */
  headKind?: string;
};

export type RawPoint = { marker: string; ordinal: number; start: number; end: number };

export type RawSection = {
  id: string;
  level: number;
  marker: string;
  ordinal: number;
  /** Where the marker starts. */
  start: number;
  titleStart: number;
  titleEnd: number;
  /** Where the body starts (after the title and its closing punctuation). */
  bodyStart: number;
  /** End of the section's own text: where its first child, or the next section, begins. */
  end: number;
  points: RawPoint[];
  children: RawSection[];
};

export type Outline = {
  frontMatter: RawMatter[];
  preamble: { start: number; end: number } | null;
  sections: RawSection[];
  backMatter: RawMatter[];
  meta: Meta;
};
