import { createHash } from 'node:crypto';
import { decode, InputError, type EncodingName } from './decode.js';
import { normalize } from './normalize.js';
import { createLocator } from './locate.js';
import { createReport } from './report.js';
import { finish } from './finish.js';
import { cleanText } from './clean/clean-text.js';
import { buildTasks } from '../tasks/build-tasks.js';
import { buildOutline } from '../outline/build-outline.js';
import { blocksOf } from '../outline/blocks.js';
import { runExtractors } from '../extract/run-extractors.js';
import { loadGrammars } from '../grammar/load.js';
import { jiebaSegmenter } from '../segment/jieba.js';
import { readInput } from '../input/read-input.js';
import { formatOf } from '../input/format-of.js';
import type { Format, PlanDocument } from '../schema/index.js';
import type { Grammars } from '../grammar/compile.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { DraftWarning } from '../extract/types.js';

export type ParseOptions = {
  /** Shown in `source.path` and in messages; also read for region/year as a last resort. */
  path?: string;
  encoding?: EncodingName;
  /** Defaults to the path's extension, else plain text. */
  format?: Format;
  grammars?: Grammars;
  segmenter?: Segmenter;
};

export type FileResult =
  | { ok: true; path: string; document: PlanDocument }
  | { ok: false; path: string; reason: string; cause?: unknown };

/** THE one place that writes the stage order. Never throws: a failure becomes a result. */
export async function processFile(bytes: Uint8Array, options: ParseOptions = {}): Promise<FileResult> {
  const path = options.path ?? '-';
  try {
    return { ok: true, path, document: await parseBytes(bytes, options) };
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `cannot process file: ${(error as Error)?.message ?? String(error)}`;
    return { ok: false, path, reason, cause: error };
  }
}

/** The stages, in order. Throws InputError for input that is not a plan. */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<PlanDocument> {
  const path = options.path ?? '-';
  if (bytes.length === 0) throw new InputError('empty file');
  const format = options.format ?? formatOf(path, bytes);
  const report = createReport(path);
  const grammars = options.grammars ?? loadGrammars();
  const { text: original, encoding } = await readInput(bytes, format, report, (b) => decode(b, report, options.encoding), grammars);
  if (original.trim() === '') throw new InputError('no text: the file is empty or only white space');
  for (const w of report.warnings) w.inSource = true; // decoding placed them in the source
  // Markdown keeps its source offsets for the parser's hints; everything else is read cleaned.
  const cleaned = format === 'markdown' ? undefined : cleanText(original, grammars, report);
  const printed = cleaned?.printed ?? original;
  const norm = normalize(printed);
  // The Markdown parser (unified, remark) is loaded only for Markdown: plain text starts faster.
  const hints = format === 'markdown' ? (await import('../input/markdown.js')).markdownHints(original) : undefined;
  const outline = buildOutline(norm, format, grammars, report, hints);
  const extraWarnings: DraftWarning[] = [];
  const drafts = runExtractors({
    text: norm.text,
    original: printed,
    blocks: blocksOf(outline),
    meta: outline.meta,
    grammars,
    get segmenter() {
      return options.segmenter ?? jiebaSegmenter();
    },
    warn: (w) => void extraWarnings.push(w),
  });
  for (const w of extraWarnings) report.warn(w.message, w.code, w.start, w.end);
  const source = {
    path,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding,
    format,
  };
  // One locator for the document's spans and its tasks' (a pass over the whole source each).
  const locator = createLocator(original);
  const document = finish({ source, original, printed, map: cleaned?.map, outline, drafts, report, locator });
  // Tasks are read from the finished document alone (so JSON read back gives the same ones).
  const sourceText = cleaned && cleaned.removed.length > 0 ? normalize(original).text : norm.text;
  return { ...document, tasks: buildTasks(document, grammars, { original, text: sourceText, locator }) };
}
