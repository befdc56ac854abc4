import { extractors, refiners, wordNeeds } from './registry.js';
import { prepareWords } from './block-tokens.js';
import type { DocContext, Draft } from './types.js';

export function runExtractors(doc: DocContext): Draft[] {
  prepareWords(
    doc,
    doc.blocks.flatMap((block) => wordNeeds.flatMap((needs) => needs(block, doc).map(({ start, end }) => ({ block, start, end })))),
  );
  let drafts: Draft[] = [];
  for (const block of doc.blocks) for (const extract of extractors) drafts.push(...extract(block, doc));
  for (const refine of refiners) drafts = refine(drafts, doc);
  return drafts;
}
