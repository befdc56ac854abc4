import { alternation, type Grammars, type CompiledRule } from '../grammar/compile.js';

export type TitleCut = { titleEnd: number; bodyStart: number; guessed?: string };

const TITLE_END = /[。;:!?]/;
/** A flattened table row's title is its first cell. */
const TABLE_CELL_END = /\t| {2,}/;
/** Longer than any real item title in the corpus (≤ 22); past it, the title has run on. */
const RUN_ON_LENGTH = 28;
const MIN_TITLE = 4;
/** Verb openers are weak evidence: a title is at least this long before one is trusted. */
const MIN_TITLE_BEFORE_VERB = 6;
/** Verbs that pair with the opener after them in one phrase (学习贯彻, 深入推进, 认真落实). */
const CHAINED = /(?:学习|宣传|深入|认真|全面|切实|大力|积极|持续|加快|进一步|扎实|着力|研究|统筹)$/u;
/** A page number printed after a heading line's title (…新局面2). */
const PAGE_NUMBER = /(?<=[\u4e00-\u9fa5”》)])\d{1,3}$/;

/**
 * Where an item's title ends: at the first 。；：！？ on its line, else at the line's end
 * (a heading line's title is the whole line, less a page number glued to it). A title that
 * runs into its body without punctuation is cut where the body begins, by the genre's own
 * signals (grammars/outline.json `title-body/*`: 一是, 以…为指导, 为深入…, a unit cell of a
 * flattened table, a year, 各X要…), and, for a long lead with no comma (清远: …铸魂育人坚持把…),
 * before the first body-opening verb; every such cut is reported as a guess. Never inside
 * “…” or 《…》. A table row's title is its first cell. Offsets are relative to `line`.
 */
export function titleOf(line: string, titleStart: number, grammars: Grammars, tableRow = false): TitleCut {
  const rest = line.slice(titleStart);
  const stop = (tableRow ? TABLE_CELL_END : TITLE_END).exec(rest);
  let lead = stop ? rest.slice(0, stop.index) : rest.replace(/[\s]+$/, '');
  if (!stop && !tableRow) lead = lead.replace(PAGE_NUMBER, '');
  const titleEnd = titleStart + lead.length;
  let bodyStart = stop ? titleEnd + 1 : titleEnd;
  if (!tableRow) {
    const label = labelCut(lead, grammars, stop?.[0] === ':');
    if (label !== undefined) return { titleEnd: titleStart + label, bodyStart: titleStart + label, guessed: lead.slice(label, label + 2) };
    const cut = bodyStartIn(lead, grammars);
    if (cut !== undefined) return { titleEnd: titleStart + cut, bodyStart: titleStart + cut, guessed: lead.slice(cut, cut + 2) };
    if (lead.length > RUN_ON_LENGTH && !/[,、]/.test(lead.slice(0, RUN_ON_LENGTH + 1))) return { titleEnd, bodyStart, guessed: '' };
  }
  while (bodyStart < line.length && /\s/.test(line[bodyStart]!)) bodyStart++;
  return { titleEnd, bodyStart };
}

/**
 * Where the body begins inside a lead, if it does: the first strong signal of the grammar,
 * else (only for a long lead without commas, a title that has clearly run on) a medium one or
 * the first body-opening verb.
 */
function bodyStartIn(lead: string, grammars: Grammars): number | undefined {
  const guarded = quoted(lead);
  // A signal counts where the body runs into the title: right after a word, not after a comma
  // (以服务我村建设为中心,紧紧围绕… is one long title).
  const ok = (at: number) => at >= MIN_TITLE && !guarded[at] && !/[,、;]/.test(lead[at - 1] ?? '');
  const signals = rulesOf(grammars).flatMap((rule) => {
    rule.regex.lastIndex = 0;
    const out: Array<{ at: number; strong: boolean }> = [];
    for (let m = rule.regex.exec(lead); m; m = rule.regex.exec(lead)) {
      if (ok(m.index)) out.push({ at: m.index, strong: rule.data!.strength === 'strong' });
      if (m[0].length === 0) rule.regex.lastIndex++;
    }
    return out;
  });
  const strong = signals.filter((s) => s.strong).map((s) => s.at);
  if (strong.length) return Math.min(...strong);
  // Run on: the first clause is longer than any title and lists nothing (清远: …铸魂育人坚持把…，…);
  // a long clause with 、 is a composed title (系统集成、智能推送已出台…政策).
  const runOn = !/[,、]/.test(unquoted(lead, guarded).slice(0, RUN_ON_LENGTH + 1)) && lead.length > RUN_ON_LENGTH;
  if (!runOn) return undefined;
  const medium = signals.map((s) => s.at);
  if (medium.length) return Math.min(...medium);
  return firstOpener(lead, grammars, guarded);
}

const labels = new WeakMap<Grammars, { leading: RegExp; trailing: RegExp }>();

/**
 * A standard part label that opens a heading run into its body (主要目标以城乡…, 2025年工作思路深入…,
 * 指导思想和工作目标坚持…) ends the title after it; a sub-label before the colon that ends the lead
 * (畜禽生产环节治理指标：) is cut off the title. Returns where the title ends, if a label decides it.
 */
function labelCut(lead: string, grammars: Grammars, beforeColon: boolean): number | undefined {
  let l = labels.get(grammars);
  if (!l) {
    const words = alternation(grammars.lexicon('sectionLabels'));
    l = {
      leading: new RegExp(`^(?:(?:19|20)\\d{2}年)?${words}(?:[和及与]${words})?(?![和及与、的])(?=[\\u4e00-\\u9fa5“《])`, 'u'),
      trailing: new RegExp(`(?<=[\\u4e00-\\u9fa5)”])${alternation(grammars.lexicon('subLabels'))}$`, 'u'),
    };
    labels.set(grammars, l);
  }
  const leading = l.leading.exec(lead);
  if (leading) return leading[0].length;
  const trailing = beforeColon ? l.trailing.exec(lead) : null;
  return trailing && trailing.index >= 2 ? trailing.index : undefined;
}

function rulesOf(grammars: Grammars): readonly CompiledRule[] {
  return grammars.rulesOf('title-body');
}

/** The lead with what stands inside quotes blanked (a 、 in a quoted slogan lists nothing of the title's). */
function unquoted(lead: string, guarded: readonly boolean[]): string {
  return [...lead].map((ch, i) => (guarded[i] ? '_' : ch)).join('');
}

/** For each offset of `s`: is it inside “…” or 《…》? */
function quoted(s: string): boolean[] {
  const inside: boolean[] = [];
  let depth = 0;
  for (const ch of s) {
    if (ch === '“' || ch === '《') depth++;
    inside.push(depth > 0);
    if ((ch === '”' || ch === '》') && depth > 0) depth--;
  }
  return inside;
}

function firstOpener(lead: string, grammars: Grammars, guarded: readonly boolean[]): number | undefined {
  let best: number | undefined;
  for (const verb of grammars.lexicon('titleBodyOpeners')) {
    let at = lead.indexOf(verb, MIN_TITLE_BEFORE_VERB);
    // Not inside quotes, and not the second verb of a pair (学习贯彻, 宣传落实).
    while (at >= 0 && (guarded[at] || CHAINED.test(lead.slice(0, at)))) at = lead.indexOf(verb, at + 1);
    if (at >= 0 && at <= 40 && (best === undefined || at < best)) best = at;
  }
  return best;
}
