import type { OrgLexicon } from './org-lexicon.js';
import type { Word } from '../block-tokens.js';

/** A place word starts a name: 瓮安 (ns), 广州市, 官渡镇, a bare level character 县/市, or 中共. */
export function isPlace(t: Word, lex: OrgLexicon): boolean {
  if (lex.stop.has(t.word) || lex.genericHead.has(t.word) || lex.generic.has(t.word) || lex.kind.has(t.word)) return false;
  if (/^(?:中共|国家|中央)$/u.test(t.word) || /^[省市县区州镇乡]$/u.test(t.word)) return true;
  if (t.tag === 'ns' && t.word.length >= 2) return true;
  // An anonymised place in a template (xx市生态环境局, X县).
  if (/^(?:[xX×]{1,3}|某)$/u.test(t.word)) return true;
  // 瓮安县, 官渡镇; two-character words ending so are mostly not places (社区, 城区, 全县).
  return /^\p{Script=Han}{2,6}[省市县区州镇乡]$/u.test(t.word) && !lex.kind.has(t.word) && t.tag !== 'v';
}

/** 县委, 市政府, 中共XX县委: a party or government body that heads its own offices (县委巡察办, 县政府办公室). */
export function isLevelBody(t: Word): boolean {
  return /^(?:中共)?\p{Script=Han}{0,6}?[省市县区州](?:委|政府|人民政府)$/u.test(t.word);
}
