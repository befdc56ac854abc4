import type { Grammars } from '../grammar/compile.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { Meta, Metric, Org, Policy, Term, Time } from '../schema/index.js';

/**
 * A stretch of content that extractors read: the preamble or one section's own text
 * (children excluded). Offsets are into the normalised text, which are also offsets into
 * the original (normalisation preserves length).
 */
export type Block = {
  sectionId: string;
  start: number;
  end: number;
  /** Offset where the item's body starts (after its title); equals `start` for the preamble. */
  bodyStart: number;
  /** Ids of enclosing sections, outermost first (for inheriting owners). */
  ancestors: readonly string[];
};

export type DocContext = {
  /** Normalised text: full-width folded, traditional → simplified; same length as `original`. */
  text: string;
  original: string;
  blocks: readonly Block[];
  meta: Meta;
  grammars: Grammars;
  segmenter: Segmenter;
  /** Raise a warning (fused numbers, …); offsets absolute in the document. */
  warn(warning: DraftWarning): void;
};

type Located = { start: number; end: number; sectionId: string; rule: string };
type Fields<T> = Omit<T, 'text' | 'span' | 'sectionId' | 'rule'>;

/** Entities before `locate` gives them text and span. */
export type Draft =
  | ({ entity: 'metric' } & Located & Fields<Metric>)
  | ({ entity: 'time' } & Located & Fields<Time>)
  | ({ entity: 'policy' } & Located & Fields<Policy>)
  | ({ entity: 'org' } & Located & Fields<Org>)
  | ({ entity: 'term' } & Located & Fields<Term>);

export type DraftOf<K extends Draft['entity']> = Extract<Draft, { entity: K }>;

/** Finds one kind of entity in one block. Returns offsets absolute in the document. */
export type Extractor = (block: Block, doc: DocContext) => Draft[];

/**
 * Where in a block an extractor will ask for jieba's words (see wordsAround): spans whose
 * clauses are cut ahead, all together, before the extractors run.
 */
export type WordNeeds = (block: Block, doc: DocContext) => ReadonlyArray<{ start: number; end: number }>;

/** A whole-document pass over all drafts; returns a new list. */
export type Refiner = (drafts: readonly Draft[], doc: DocContext) => Draft[];

/** A warning an extractor or refiner raises (fused numbers, …). */
export type DraftWarning = { code: string; message: string; start: number; end: number; sectionId?: string };
