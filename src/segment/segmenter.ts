/** What the extractors need from a word segmenter; src/segment/jieba.ts is the one binding. */
export type TaggedWord = { word: string; tag: string };

export interface Segmenter {
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
  /** The tag `tag` gives `word` where `cut` returned it as one word (looked up when asked). */
  posOf(word: string): string;
}
