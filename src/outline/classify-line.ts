import type { Grammars } from '../grammar/compile.js';
import type { MatterKind } from '../schema/index.js';

export type LineClass = { kind: MatterKind; rule: string; prefixEnd?: number };

const MATTER_RULES = [
  'matter/notice-title', 'matter/doc-number', 'matter/addressees', 'matter/date', 'matter/disclosure',
  'matter/attachment', 'matter/copy-to', 'matter/chrome', 'matter/notice-body',
] as const;

/**
 * What a wrapper line is, by the grammars in matter.json and meta.json; undefined for a
 * line of content. `line` is the trimmed, normalised line.
 */
export function classifyLine(line: string, grammars: Grammars): LineClass | undefined {
  for (const id of MATTER_RULES) {
    const rule = grammars.rule(id);
    rule.regex.lastIndex = 0;
    if (rule.regex.test(line)) return { kind: rule.data!.kind as MatterKind, rule: id };
  }
  if (isOrgLine(line, grammars)) return { kind: 'issuers', rule: 'matter/org-line' };
  const title = grammars.rule('meta/title-line');
  title.regex.lastIndex = 0;
  if (title.regex.test(line)) return { kind: 'title', rule: 'meta/title-line' };
  return undefined;
}

/** A bookmark or similar tag in front of a line; returns its length. */
export function artifactPrefix(line: string, grammars: Grammars): number {
  const rule = grammars.rule('matter/artifact');
  rule.regex.lastIndex = 0;
  const m = rule.regex.exec(line);
  return m && m.index === 0 ? m[0].length : 0;
}

const orgLines = new WeakMap<Grammars, RegExp>();
/** One or more organisation names separated by spaces: an issuer or signature line. */
export function isOrgLine(line: string, grammars: Grammars): boolean {
  let regex = orgLines.get(grammars);
  if (!regex) {
    regex = new RegExp(`^${grammars.part('orgLine')}(?:[ \\t]+${grammars.part('orgLine')}){0,5}$`, 'u');
    orgLines.set(grammars, regex);
  }
  return line.length <= 80 && regex.test(line);
}
