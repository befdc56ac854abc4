import type { Word } from '../block-tokens.js';
import type { OrgLexicon } from './org-lexicon.js';

const cache = new WeakMap<readonly Word[], readonly Word[]>();

/**
 * jieba's guesser makes words of runs it does not know (tag x), and glues a function character to
 * the level that opens the name after it: 由区 | 宜居办, 报区 | 爱卫办, 事业 | 局和区 | 传媒. Such a word is cut again at
 * those characters (orgGlueChars), each piece a word of its own, so a name can end or begin there.
 * Words jieba knows are left as they are. Computed once per list of words.
 */
export function splitGlued(words: readonly Word[], lex: OrgLexicon): readonly Word[] {
  const hit = cache.get(words);
  if (hit) return hit;
  // Most lists have no such word: they are kept as they are, not copied.
  // Only a glue character before a level (由区, 以省, 局和区) is looked at: a tag costs a dictionary lookup.
  const glued = (w: Word) => w.word.length >= 2 && w.end - w.start === w.word.length && glueBeforeLevel(w.word, lex) && w.tag === 'x';
  if (!words.some(glued)) {
    cache.set(words, words);
    return words;
  }
  const out: Word[] = [];
  for (const w of words) {
    if (!glued(w)) {
      out.push(w);
      continue;
    }
    let from = 0;
    // A glue character is a function word (tag p): it ends the name; the rest stays a guess (x).
    const piece = (to: number) => {
      const word = w.word.slice(from, to);
      if (to > from) out.push({ start: w.start + from, end: w.start + to, word, tag: lex.glue.has(word) ? 'p' : 'x' });
      from = to;
    };
    for (let i = 0; i < w.word.length; i++) {
      if (!lex.glue.has(w.word[i]!)) continue;
      piece(i);
      piece(i + 1);
    }
    piece(w.word.length);
  }
  cache.set(words, out);
  return out;
}

function glueBeforeLevel(word: string, lex: OrgLexicon): boolean {
  for (let i = 0; i < word.length - 1; i++) if (lex.glue.has(word[i]!) && LEVEL.has(word[i + 1]!)) return true;
  return false;
}

const LEVEL = new Set(['省', '市', '县', '区', '州']);
