import type { DocContext } from '../types.js';
import type { Org } from '../../schema/index.js';
import { orgLexicon } from './org-lexicon.js';
import { orgTypeOf } from './org-type-of.js';
import { execAll } from '../../grammar/exec-all.js';

/** The short names a document gives its bodies, and where it gives them. */
export type DocAliases = {
  /** Short name → type of the body it stands for (安劳支队 → gov). */
  names: ReadonlyMap<string, Org['type']>;
  /** Spans of the definitions themselves: （以下简称安劳支队）. */
  definitions: ReadonlyArray<readonly [number, number]>;
};

const cache = new WeakMap<DocContext, DocAliases>();

/**
 * A plan that names a body at length often gives it a short name once (安全生产协调处（以下简称
 * 协调处）) and uses only that afterwards (协调处、危化处、安基处共11人). The short name is an org
 * wherever the document uses it, without a place or suffix of its own; the name before the
 * definition is an org whatever its suffix. Computed once per document.
 */
export function docAliases(doc: DocContext): DocAliases {
  const hit = cache.get(doc);
  if (hit) return hit;
  const lex = orgLexicon(doc.grammars);
  const names = new Map<string, Org['type']>();
  const definitions: Array<readonly [number, number]> = [];
  for (const m of execAll(doc.grammars.rule('org/alias').regex, doc.text)) {
    const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
    const alias = m.groups!.alias!;
    if (!lex.ending.test(before) || !lex.listEnding.test(alias)) continue; // 《规定》（以下简称《规定》）, 医改
    names.set(alias, orgTypeOf(alias, doc.grammars));
    definitions.push([m.index, m.index + m[0].length]);
  }
  const aliases = { names, definitions };
  cache.set(doc, aliases);
  return aliases;
}
