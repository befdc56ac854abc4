/** What the extractors need from a word segmenter; src/segment/jieba.ts is the one binding. */
export type TaggedWord = { word: string; tag: string };

export interface Segmenter {
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
}
