import { createRequire } from 'node:module';

/**
 * Traditional → simplified, character by character, from OpenCC's dictionaries. Only
 * one-code-unit to one-code-unit pairs are kept, so normalisation never changes length
 * (see normalize.ts). Phrase-level conversion is not needed for matching: the grammars
 * and the jieba dictionary see simplified characters, spans keep what was printed.
 */
export function buildTraditionalMap(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const dict = (name: string) => require(`opencc-js/dict/${name}`) as { default?: string } | string;
  const text = (name: string) => {
    const d = dict(name);
    return typeof d === 'string' ? d : (d.default ?? '');
  };
  const variants = parsePairs(text('TWVariantsRev'), parsePairs(text('HKVariantsRev'), new Map()));
  const map = new Map<string, string>();
  for (const [trad, simp] of parsePairs(text('TSCharacters'), new Map())) map.set(trad, simp);
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
