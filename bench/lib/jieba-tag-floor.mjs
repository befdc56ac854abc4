// The floor for the whole-process row: a bare node process that loads jieba with its
// dictionary and tags the text — every word with its part of speech, the most plan-extract's
// extractors could ask of jieba. One call over the whole text, as the issue words it; with
// `--lines`, one call per line instead (jieba cuts at line ends anyway, and the arrays of
// small objects it returns then die young: the cheapest way to tag the text, for context).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict.js');
const jieba = Jieba.withDict(dict);
const text = readFileSync(process.argv[2], 'utf8');
let words = 0;
if (process.argv.includes('--lines')) for (const line of text.split('\n')) words += jieba.tag(line, true).length;
else words = jieba.tag(text, true).length;
process.stdout.write(`${words}\n`);
