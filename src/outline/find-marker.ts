import type { Grammars, CompiledRule } from '../grammar/compile.js';
import { ordinalOf } from './ordinal.js';

export type Marker = {
  rule: string;
  family: string;
  /** As printed, with its punctuation and without the space after it: 一、 （一） 1． */
  text: string;
  ordinal: number;
  /** Offsets into the line string given. */
  start: number;
  end: number;
  /** Where the title starts: after the marker and any space. */
  titleStart: number;
};

const cache = new WeakMap<Grammars, CompiledRule[]>();
const MARKDOWN_PREFIX = /^(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\*\*|__)*/;

/** The marker family rules (not the table header), in grammar order. */
function markerRules(grammars: Grammars): CompiledRule[] {
  let rules = cache.get(grammars);
  if (!rules) {
    rules = grammars.rulesOf('outline').filter((r) => typeof r.data?.family === 'string' && r.data.family !== 'table-header');
    cache.set(grammars, rules);
  }
  return rules;
}

/**
 * The heading marker a line starts with, if any. `line` is the trimmed, normalised line;
 * Markdown heading, list and emphasis prefixes are skipped first so `## 一、…` and
 * `**一、…**` count. Table rows count only under a table header.
 */
export function findMarker(line: string, grammars: Grammars, inTable: boolean, skipMarkdown: boolean): Marker | undefined {
  const skip = skipMarkdown ? (MARKDOWN_PREFIX.exec(line)?.[0].length ?? 0) : 0;
  const rest = line.slice(skip, skip + 60); // markers are short; never scan a whole long line
  for (const rule of markerRules(grammars)) {
    if (rule.data!.needsTableHeader && !inTable) continue;
    rule.regex.lastIndex = 0;
    const m = rule.regex.exec(rest);
    if (!m || m.index !== 0) continue;
    const markerText = (m.groups!.ordinal ?? '') + (m.groups!.punct ?? '');
    const ordinal = ordinalOf(m.groups!.ordinal ?? '');
    if (ordinal === undefined) continue;
    const printed = markerText.replace(/\s+$/, '');
    return {
      rule: rule.id,
      family: rule.data!.family as string,
      text: printed,
      ordinal,
      start: skip,
      end: skip + printed.length,
      titleStart: skip + m[0].length,
    };
  }
  return undefined;
}

export function isTableHeader(line: string, grammars: Grammars): boolean {
  const rule = grammars.rule('outline/table-header');
  rule.regex.lastIndex = 0;
  return rule.regex.test(line);
}
