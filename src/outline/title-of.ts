import type { Grammars } from '../grammar/compile.js';

export type TitleCut = { titleEnd: number; bodyStart: number; guessed?: string };

const TITLE_END = /[。;:!?]/;
/** A flattened table row's title is its first cell. */
const TABLE_CELL_END = /\t| {2,}/;
/** Longer than any real item title in the corpus (≤ 22); past it, the title has run on. */
const RUN_ON_LENGTH = 28;
const MIN_TITLE = 6;

/**
 * Where an item's title ends: at the first 。；：！？ on its line, else at the line's end
 * (a heading line's title is the whole line). A lead phrase longer than any real title
 * has run into its body unpunctuated (清远: …铸魂育人坚持把…); it is cut before the first
 * body-opening verb and the cut is reported as a guess. A table row's title is its first
 * cell. Offsets are relative to `line`.
 */
export function titleOf(line: string, titleStart: number, grammars: Grammars, tableRow = false): TitleCut {
  const rest = line.slice(titleStart);
  const stop = (tableRow ? TABLE_CELL_END : TITLE_END).exec(rest);
  const lead = stop ? rest.slice(0, stop.index) : rest.replace(/[\s]+$/, '');
  let titleEnd = titleStart + lead.length;
  let bodyStart = stop ? titleEnd + 1 : titleEnd;
  if (lead.length > RUN_ON_LENGTH && !tableRow) {
    const cut = firstOpener(lead, grammars);
    if (cut !== undefined) return { titleEnd: titleStart + cut, bodyStart: titleStart + cut, guessed: lead.slice(cut, cut + 2) };
    return { titleEnd, bodyStart, guessed: '' };
  }
  while (bodyStart < line.length && /\s/.test(line[bodyStart]!)) bodyStart++;
  return { titleEnd, bodyStart };
}

function firstOpener(lead: string, grammars: Grammars): number | undefined {
  let best: number | undefined;
  for (const verb of grammars.lexicon('titleBodyOpeners')) {
    const at = lead.indexOf(verb, MIN_TITLE);
    if (at >= 0 && at <= 40 && (best === undefined || at < best)) best = at;
  }
  return best;
}
