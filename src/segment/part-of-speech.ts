import type { TaggedWord } from './segmenter.js';

type Binding = { tag(text: string, hmm: boolean): TaggedWord[] };

/**
 * jieba's `tag` is its `cut` plus a dictionary lookup per word, but the binding builds a JS
 * object for every word and costs about three times `cut`. Most words' tags are never read,
 * so words are cut and a word's tag is looked up when an extractor asks for it, once per
 * distinct word. The answer is exactly what `tag` would have said (tested word by word
 * against `tag` on the corpus and on random text):
 * - tagging the word alone gives the word back whole with its dictionary tag — a word the
 *   dictionary route chose in context wins alone too;
 * - a word made by the HMM from single characters may be re-cut alone (开足 → 开/足); its
 *   tag is then the dictionary's (the user dictionary's over the main one, later lines
 *   winning, as jieba loads them) and otherwise jieba's own rule for unknown words.
 */
export function partOfSpeech(binding: Binding, userTags: ReadonlyMap<string, string>, mainDictionary: () => string): (word: string) => string {
  const known = new Map<string, string>();
  let dictionary: string | undefined;
  const listed = (word: string): string | undefined => {
    const user = userTags.get(word);
    if (user !== undefined) return user;
    dictionary ??= '\n' + mainDictionary();
    const at = dictionary.lastIndexOf('\n' + word + ' ');
    if (at < 0) return undefined;
    const end = dictionary.indexOf('\n', at + 1);
    return dictionary.slice(at + 1, end < 0 ? undefined : end).split(' ')[2] ?? '';
  };
  return (word) => {
    let tag = known.get(word);
    if (tag !== undefined) return tag;
    const alone = binding.tag(word, true);
    tag = alone.length === 1 && alone[0]!.word === word ? alone[0]!.tag : (listed(word) ?? unknownWordTag(word));
    known.set(word, tag);
    return tag;
  };
}

/** jieba's tag for a word its dictionary lacks: m for ASCII digits, eng for other ASCII letters and digits, else x. */
export function unknownWordTag(word: string): string {
  let ascii = 0;
  let digits = 0;
  for (const c of word) {
    if (/[A-Za-z0-9]/.test(c)) {
      ascii++;
      if (c >= '0' && c <= '9') digits++;
    }
  }
  return ascii === 0 ? 'x' : ascii === digits ? 'm' : 'eng';
}
