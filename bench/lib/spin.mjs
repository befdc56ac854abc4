// A fixed in-process workload (the corpus parsed 40 times) for measuring what two cores of
// this machine give when two such processes run at once: the ceiling for --jobs 2.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './measure.mjs';
import { corpusNames } from './inputs.mjs';

const { parseText } = await import(join(root, 'dist/index.js'));
const texts = corpusNames.map((n) => readFileSync(join(root, 'fixtures', `${n}.txt`), 'utf8'));
for (const t of texts) await parseText(t);
for (let i = 0; i < 40; i++) for (const t of texts) JSON.stringify(await parseText(t));
