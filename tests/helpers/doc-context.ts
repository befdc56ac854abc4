import { normalize } from '../../src/pipeline/normalize.js';
import { loadGrammars } from '../../src/grammar/load.js';
import { jiebaSegmenter } from '../../src/segment/jieba.js';
import type { Block, DocContext, DraftWarning, Extractor } from '../../src/extract/types.js';
import type { Meta } from '../../src/schema/index.js';

/**
 * A document of one block (section "1") around a sentence, for extractor tables:
 * run an extractor on real text without building an outline.
 */
export function sentenceContext(sentence: string, meta: Partial<Meta> = {}): { doc: DocContext; block: Block; warnings: DraftWarning[] } {
  const norm = normalize(sentence);
  const warnings: DraftWarning[] = [];
  const block: Block = { sectionId: '1', start: 0, end: sentence.length, bodyStart: 0, ancestors: [] };
  const doc: DocContext = {
    text: norm.text,
    original: sentence,
    blocks: [block],
    meta: { issuers: [], addressees: [], ...meta },
    grammars: loadGrammars(),
    segmenter: jiebaSegmenter(),
    warn: (w) => void warnings.push(w),
  };
  return { doc, block, warnings };
}

/** Run one extractor on a sentence; each draft comes back with its printed text. */
export function extractFrom(extract: Extractor, sentence: string, meta: Partial<Meta> = {}) {
  const { doc, block, warnings } = sentenceContext(sentence, meta);
  const drafts = extract(block, doc).map((d) => ({ ...d, text: sentence.slice(d.start, d.end) }));
  return { drafts, warnings };
}
