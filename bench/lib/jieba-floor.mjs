// The floor for one plan: a bare node process that loads jieba with its dictionary and cuts
// the text. Nothing plan-extract does can be cheaper than this.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict.js');
const jieba = Jieba.withDict(dict);
const words = jieba.cut(readFileSync(process.argv[2], 'utf8'), true);
process.stdout.write(`${words.length}\n`);
