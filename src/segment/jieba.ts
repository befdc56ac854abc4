import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { grammarsDir } from '../grammar/load.js';
import { partOfSpeech } from './part-of-speech.js';
import type { Segmenter } from './segmenter.js';

/**
 * The only file that imports a jieba binding. @node-rs/jieba ships prebuilt binaries and
 * loads its dictionary in about 0.13 s (nodejieba needs a source build and 1.1 s), and it
 * is loaded lazily: commands that never segment (schema, --help) never pay for it.
 */
let instance: Segmenter | undefined;

export function jiebaSegmenter(): Segmenter {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  // The dictionary file itself: the package's dict.js also reads the 6 MB idf.txt (keyword
  // weights, never used here), a tenth of a one-file run's time in jieba.
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
  const jieba = Jieba.withDict(dict);
  const userLines = readUserDictionary();
  if (userLines.length > 0) jieba.loadDict(Buffer.from(userLines.join('\n'), 'utf8'));
  const userTags = new Map(userLines.map((l) => l.split(/\s+/u)).map(([word, , tag]) => [word!, tag ?? '']));
  instance = {
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text, true),
    posOf: partOfSpeech(jieba, userTags, () => dict.toString('utf8')),
  };
  return instance;
}

/** The lines of grammars/dict/*.txt, in jieba's format: `word [freq] [tag]`. */
function readUserDictionary(): string[] {
  const dir = join(grammarsDir, 'dict');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) =>
    readFileSync(join(dir, n), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}
