import { extractors, refiners } from './registry.js';
import type { DocContext, Draft } from './types.js';

export function runExtractors(doc: DocContext): Draft[] {
  let drafts: Draft[] = [];
  for (const block of doc.blocks) for (const extract of extractors) drafts.push(...extract(block, doc));
  for (const refine of refiners) drafts = refine(drafts, doc);
  return drafts;
}
