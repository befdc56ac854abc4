import type { Block, DocContext } from './types.js';

/**
 * A function of a block and its document, computed once per pair: the first pass that asks
 * (which clauses need jieba) and the extractor itself share one result, side effects included
 * (a warning is raised once).
 */
export function perBlock<T>(compute: (block: Block, doc: DocContext) => T): (block: Block, doc: DocContext) => T {
  // Weak by document, a plain Map inside: it goes with its document, and a WeakMap of tens of
  // thousands of blocks makes every garbage collection of a long plan slower.
  const results = new WeakMap<DocContext, Map<Block, T>>();
  return (block, doc) => {
    let ofDoc = results.get(doc);
    if (!ofDoc) results.set(doc, (ofDoc = new Map()));
    if (ofDoc.has(block)) return ofDoc.get(block)!;
    const result = compute(block, doc);
    ofDoc.set(block, result);
    return result;
  };
}
