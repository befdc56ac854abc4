import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariantsRev';
import hkVariants from 'opencc-js/dict/HKVariantsRev';

/**
 * Traditional → simplified, character by character, from OpenCC's dictionaries. Only
 * one-code-unit to one-code-unit pairs are kept, so normalisation never changes length
 * (see normalize.ts). Phrase-level conversion is not needed for matching: the grammars
 * and the jieba dictionary see simplified characters, spans keep what was printed.
 */
export const traditionalToSimplified: ReadonlyMap<string, string> = buildMap();

function buildMap(): Map<string, string> {
  const variants = parsePairs(twVariants as string, parsePairs(hkVariants as string, new Map()));
  const map = new Map<string, string>();
  for (const [trad, simp] of parsePairs(tsCharacters as string, new Map())) map.set(trad, simp);
  // A regional variant (臺, 爲) first becomes the standard traditional form, then simplified.
  for (const [variant, standard] of variants) map.set(variant, map.get(standard) ?? standard);
  for (const [from, to] of map) if (from === to) map.delete(from);
  return map;
}

function parsePairs(dict: string, into: Map<string, string>): Map<string, string> {
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1) into.set(from, to);
  }
  return into;
}
