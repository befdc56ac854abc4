// npm run bench — plan-extract against the cost of its irreducible work (reading the text and
// segmenting it with jieba), measured side by side in one run. Prints a table; writes
// bench/out/results.json. `--quick` runs smaller sizes for a fast look (ratios only indicative).
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canPin, interleaved, median, root, runNode, runNodeAsync, timed } from './lib/measure.mjs';
import { corpusTexts, longPlan, outDir, planFolder, recordsFile, repeatedCorpus } from './lib/inputs.mjs';

const quick = process.argv.includes('--quick');
const size = quick
  ? { rounds: 3, throughputBytes: 2e6, batch: 500, smallBatch: 50, long: [256e3, 4e6] }
  : { rounds: 7, throughputBytes: 10e6, batch: 2000, smallBatch: 200, long: [1e6, 16e6] };
const records = quick ? { many: 5000, few: 500 } : { many: 20000, few: 2000 };
const { parseText } = await import(join(root, 'dist/index.js'));
const { jiebaSegmenter } = await import(join(root, 'dist/segment/jieba.js'));
const cli = join(root, 'bin/plan-extract.js');
const rows = [];
const MB = 1e6;

function row(measure, ours, baseline, ratio, target, ok) {
  rows.push({ measure, ours, baseline, ratio: Number(ratio.toFixed(2)), target, ok });
  console.error(`  ${measure}: ${ours} vs ${baseline} → ${ratio.toFixed(2)}× (${target}) ${ok ? 'ok' : 'MISSED'}`);
}

// 1. Latency: one plan through the whole CLI process vs a bare node that loads jieba and cuts it.
{
  const plan = 'fixtures/瓮安2022.txt';
  runNode([cli, 'parse', plan, '--json']);
  runNode(['bench/lib/jieba-floor.mjs', plan]);
  const [ours, floor] = interleaved(size.rounds, () => runNode([cli, 'parse', plan, '--json']).ms, () => runNode(['bench/lib/jieba-floor.mjs', plan]).ms);
  const ratio = median(ours) / median(floor);
  row('latency: parse 瓮安2022.txt --json (process)', `${median(ours).toFixed(0)} ms`, `${median(floor).toFixed(0)} ms node+jieba cut`, ratio, '≤ 1.5×', ratio <= 1.5);
}

// 2. Throughput on one core: the corpus repeated, parsed (and serialised) in this process vs jieba tag alone.
{
  const { texts, bytes } = repeatedCorpus(size.throughputBytes);
  const segmenter = jiebaSegmenter();
  for (const t of corpusTexts()) (segmenter.tag(t), JSON.stringify(await parseText(t)));
  const [ours, tagOnly] = [[], []];
  for (let i = 0; i < 3; i++) {
    tagOnly.push(await timed(async () => { for (const t of texts) segmenter.tag(t); }));
    ours.push(await timed(async () => { for (const t of texts) JSON.stringify(await parseText(t)); }));
  }
  const oursRate = bytes / MB / (median(ours) / 1000);
  const tagRate = bytes / MB / (median(tagOnly) / 1000);
  row(`throughput: ${(bytes / MB).toFixed(1)} MB of plans, one core`, `${oursRate.toFixed(2)} MB/s`, `${tagRate.toFixed(2)} MB/s jieba tag`, oursRate / tagRate, '≥ 0.7×', oursRate / tagRate >= 0.7);
}

// 3. Batch: N plans through the CLI with --jobs 2 vs --jobs 1; 4. memory: N plans vs N/10.
{
  const dir = planFolder(size.batch);
  const small = planFolder(size.smallBatch);
  const one = runNode([cli, 'parse', dir, '--jsonl', '--jobs', '1']);
  const two = runNode([cli, 'parse', dir, '--jsonl', '--jobs', '2']);
  const rate = (r) => size.batch / (r.ms / 1000);
  // What the hardware allows: the same fixed work in two processes at once vs one alone.
  const alone = runNode(['bench/lib/spin.mjs']).ms;
  const together = await Promise.all([runNodeAsync(['bench/lib/spin.mjs']), runNodeAsync(['bench/lib/spin.mjs'])]);
  const ceiling = (2 * alone) / Math.max(...together.map((r) => r.ms));
  row('ceiling: two independent parse processes at once vs one', `${ceiling.toFixed(2)}× the work per second`, `${(alone / 1000).toFixed(1)} s alone`, ceiling, 'context for --jobs', true);
  row(`batch: ${size.batch} plans, --jobs 2 vs --jobs 1 (${cpus().length} cores)`, `${rate(two).toFixed(0)} docs/s`, `${rate(one).toFixed(0)} docs/s`, rate(two) / rate(one), '≥ 1.7×', rate(two) / rate(one) >= 1.7);
  // --jobs 1 is one parsing thread, but V8 collects garbage on helper threads that use the other
  // core: pinned to one core, the process gives the single-core rate itself.
  if (canPin) {
    const pinned = runNode([cli, 'parse', dir, '--jsonl', '--jobs', '1'], { pin: true });
    row(`batch: ${size.batch} plans, --jobs 2 vs --jobs 1 pinned to one core`, `${rate(two).toFixed(0)} docs/s`, `${rate(pinned).toFixed(0)} docs/s`, rate(two) / rate(pinned), '≥ 1.7×', rate(two) / rate(pinned) >= 1.7);
  }
  const fewer = runNode([cli, 'parse', small, '--jsonl', '--jobs', '1']);
  const ratio = one.rssMiB / fewer.rssMiB;
  row(`memory: peak RSS, ${size.batch} vs ${size.smallBatch} plans`, `${one.rssMiB.toFixed(0)} MiB`, `${fewer.rssMiB.toFixed(0)} MiB`, ratio, '≤ 1.3×', ratio <= 1.3);
}

// 4b. Records (`parse --records -`, the map step of Spark, Hadoop streaming, GNU parallel): the same
// plans as JSON Lines on stdin vs as a folder, both --jobs 2; memory of 10× the records.
{
  const parseRecords = (count) => runNode([cli, 'parse', '--records', '-', '--jobs', '2', '--quiet'], { input: recordsFile(count) });
  const fromFolder = runNode([cli, 'parse', planFolder(size.batch), '--jsonl', '--jobs', '2', '--quiet']);
  const fromRecords = parseRecords(size.batch);
  const rate = (r) => size.batch / (r.ms / 1000);
  row(`records: ${size.batch} plans, --records - vs a folder (both --jobs 2)`, `${rate(fromRecords).toFixed(0)} docs/s`, `${rate(fromFolder).toFixed(0)} docs/s`, rate(fromRecords) / rate(fromFolder), '≥ 0.9×', rate(fromRecords) / rate(fromFolder) >= 0.9);
  const [many, few] = [parseRecords(records.many), parseRecords(records.few)];
  const ratio = many.rssMiB / few.rssMiB;
  row(`memory: peak RSS, --records - --jobs 2, ${records.many} vs ${records.few} records`, `${many.rssMiB.toFixed(0)} MiB`, `${few.rssMiB.toFixed(0)} MiB`, ratio, '≤ 1.3×', ratio <= 1.3);
}

// 5. Scaling: one long plan of 1 MB and one of 16 MB, parsed in this process.
{
  const [smallFile, bigFile] = size.long.map(longPlan);
  const { readFileSync } = await import('node:fs');
  const [smallText, bigText] = [readFileSync(smallFile, 'utf8'), readFileSync(bigFile, 'utf8')];
  for (let i = 0; i < 3; i++) await parseText(smallText); // the JIT warms up over the first runs
  // Best of several runs for each: growth is a property of the code, and the fastest run is the
  // one least disturbed by whatever else the machine was doing (one 16 MB run swung ±10%).
  const best = async (text, runs) => {
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await timed(() => parseText(text)));
    return Math.min(...times);
  };
  const smallMs = await best(smallText, 5);
  const bigMs = await best(bigText, quick ? 1 : 3);
  const factor = size.long[1] / size.long[0];
  const ratio = bigMs / smallMs;
  row(`scaling: one plan of ${size.long[1] / MB} MB vs ${size.long[0] / MB} MB (×${factor} input)`, `${(bigMs / 1000).toFixed(1)} s`, `${(smallMs / 1000).toFixed(2)} s`, ratio, `≤ ${Math.round(factor * 1.125)}×`, ratio <= factor * 1.125);
}

// 6. The review page of a 1 MB plan (view FILE) opened in Chromium vs a bare page of the same text.
{
  const { chromiumPath, openTimes, barePage } = await import('./lib/view-open.mjs');
  const { existsSync, readFileSync } = await import('node:fs');
  if (existsSync(chromiumPath)) {
    const { renderPlanPage } = await import(join(root, 'dist/view/render-plan-page.js'));
    const text = readFileSync(longPlan(1e6), 'utf8');
    const page = renderPlanPage(await parseText(text));
    const [ours, bare] = await openTimes([page, barePage(text)], quick ? 3 : 7);
    row(`view: a ${(Buffer.byteLength(text) / MB).toFixed(1)} MB plan's page opened in Chromium vs a bare page of its text`, `${ours.toFixed(0)} ms`, `${bare.toFixed(0)} ms <pre>`, ours / bare, '≤ 3×', ours / bare <= 3);
  } else console.error(`  view: skipped, no Chromium at ${chromiumPath}`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${process.platform}`;
console.log(`\nplan-extract benchmark${quick ? ' (--quick)' : ''} — ${machine}\n`);
console.log('| measure | plan-extract | baseline | ratio | target | |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.measure} | ${r.ours} | ${r.baseline} | ${r.ratio}× | ${r.target} | ${r.ok ? 'ok' : 'MISSED'} |`);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), JSON.stringify({ machine, quick, rows }, null, 2));
