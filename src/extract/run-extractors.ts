import { extractors, refiners, wordNeeds } from './registry.js';
import { forgetWords, prepareWords } from './block-tokens.js';
import type { Block, DocContext, Draft } from './types.js';

/** Blocks are read in groups of about this many characters (see below). */
const GROUP = 20_000;

export function runExtractors(doc: DocContext): Draft[] {
  let drafts: Draft[] = [];
  // Group by group: the clauses the extractors will need are cut together first (jieba runs
  // back to back), and the words are let go once the group is read, so a long plan never
  // holds all its words at once.
  for (const group of groups(doc.blocks)) {
    prepareWords(
      doc,
      group.flatMap((block) => wordNeeds.flatMap((needs) => needs(block, doc).map(({ start, end }) => ({ block, start, end })))),
    );
    for (const block of group) for (const extract of extractors) drafts.push(...extract(block, doc));
    forgetWords(doc, group);
  }
  for (const refine of refiners) drafts = refine(drafts, doc);
  return drafts;
}

function* groups(blocks: readonly Block[]): Generator<Block[]> {
  let group: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    group.push(block);
    size += block.end - block.start;
    if (size >= GROUP) {
      yield group;
      group = [];
      size = 0;
    }
  }
  if (group.length > 0) yield group;
}
