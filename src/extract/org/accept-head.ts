import type { Org } from '../../schema/index.js';
import type { OrgLexicon } from './org-lexicon.js';
import { isLevelBody, isPlace } from './is-place.js';
import type { Word } from '../block-tokens.js';

/** Suffixes that are words in their own right too often (场所, 全部, 到处, 教室, 督办, 工厂); they need a place. */
const AMBIGUOUS = /^(?:科|股|室|处|部|站|所|馆|办|中心|院|厂)$/u;
const DEPT_WORD = /^(?:局|厅|委)$/u;
const COMMITTEE = /^(?:委员会|领导小组|办公室)$/u;

/**
 * Is the candidate a specific organisation? `glued` says the name begins right after another
 * word rather than after punctuation or a stop word. `tokens` are the jieba words of the name, the
 * last one holding the suffix. No head word may be generic (各, 示范, 省级); a name with a
 * place (瓮安, 县, 广州市) is specific; without one, a school or company needs a proper word
 * that is not a kind (分水高中, 三峡集团, not 农村学校), and a government body must be a
 * department word (教育局) or a committee with a substantial name.
 */
export function acceptHead(name: string, tokens: readonly Word[], hit: { rule: string; start: number; end: number; type: Org['type'] }, glued: boolean, lex: OrgLexicon): boolean {
  if (hit.rule === 'org/known' || hit.rule === 'org/dept-abbrev' || hit.rule === 'org/alias') return true;
  const last = tokens[tokens.length - 1]!;
  // The part of the last word before the suffix, counted from its end: an aside inside the word (乡镇（街道）党委) is not in `word`.
  const prefix = last.word.slice(0, Math.max(0, last.word.length - (last.end - Math.max(hit.start, last.start))));
  // 布局, 服务大局, 民办学校, 数据中心, 中小学: the suffix is part of a generic word.
  if (prefix && endsGeneric(last.word, hit.end - Math.max(hit.start, last.start), lex)) return false;
  const heads = [...tokens.slice(0, -1), ...(prefix ? [{ word: prefix, tag: last.tag }] : [])];
  const words = heads.map((t) => t.word);
  if (words.length === 0) return false; // a bare suffix is never a name
  if (genericHeaded(tokens, words, hit.type, lex)) return false;
  const suffix = name.slice(name.length - (hit.end - hit.start));
  // A place among the words (瓮安第六中学, 官渡镇人大), or jieba's one organisation word that starts with one (广东省教育厅).
  const placed =
    tokens.slice(0, -1).some((t) => isPlace(t, lex) || isLevelBody(t)) ||
    // jieba glues a level to an unknown body (县融 | 媒体中心): still a place.
    (tokens.length > 1 && tokens[0]!.tag === 'x' && /^[省市县区州]\p{Script=Han}$/u.test(tokens[0]!.word)) ||
    (tokens.length === 1 && last.tag === 'nt' && /^(?:中共)?\p{Script=Han}{0,6}?[省市县区州]/u.test(prefix)) ||
    // …and a word of any tag that opens at its level (县总工会, 省农科院; not 市场).
    (tokens.length === 1 && /^[省市县区州](?!场)\p{Script=Han}/u.test(prefix));
  // 城中心学校 cut out of 健康城中心学校: a name does not start with a lone character glued to
  // the word before it (江界河学校 after 、 is fine).
  if (!placed && glued && tokens[0]!.word.length === 1) return false;
  // A proper word is not a kind (分水, not 农村); before a kind of body or a company
  // without a place it must not be a verb either (运用 | 党组, 批发 | 公司).
  const proper = words.some((w) => !isKind(w, lex.kind));
  const properNoun = heads.some((t) => !isKind(t.word, lex.kind) && !/^v/u.test(t.tag));
  if (hit.type !== 'gov') return AMBIGUOUS.test(suffix) ? placed && afterPlace(tokens, lex) - suffix.length >= 2 : placed || (hit.type === 'school' ? proper : properNoun);
  // 县教研室, 县融媒体中心, but not 清远市全科: an ambiguous suffix needs two characters after the place.
  if (placed) return !AMBIGUOUS.test(suffix) || afterPlace(tokens, lex) - suffix.length >= 2;
  // 农业农村中心: a department stem names the unit without a place.
  if (AMBIGUOUS.test(suffix)) return lex.stem.test(words.join(''));
  if (last.tag === 'nt' && tokens.length === 1) return true;
  // 文化厅, 发改委, but not 管理局: the department is named by a noun, not by a stop word.
  if (DEPT_WORD.test(suffix)) return tokens.length === 1 && prefix.length >= 2 && /^(?:n|j)/u.test(last.tag) && !lex.stop.has(prefix);
  // 税务总局, 公安派出所, 最高人民法院党组: a kind of body that is specific with any proper word before it.
  if (lex.body.test(suffix)) return properNoun && name.length - suffix.length >= 2 && !(glued && tokens[0]!.word.length === 1);
  if (COMMITTEE.test(suffix)) return name.length - suffix.length >= 4 && proper;
  return false;
}

/**
 * A generic word in the head makes the candidate a kind (示范学校, 各校, 乡镇卫生院), except, in a
 * government body, after a place or level (澳前片区开发管理局, 区安全生产与劳动保障执法支队) or inside a
 * department stem (区农业 | 农村 | 中心).
 */
function genericHeaded(tokens: readonly Word[], words: readonly string[], type: Org['type'], lex: OrgLexicon): boolean {
  let placed = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (/^(?:学校|幼儿园)$/u.test(w)) return true;
    if (type === 'gov' && k < tokens.length - 1 && isPlace(tokens[k]!, lex)) placed = true;
    if (!lex.genericHead.has(w) || (type === 'gov' && placed && !lex.genericQuantifier.has(w))) continue;
    const stem = type === 'gov' && (lex.stem.test((words[k - 1] ?? '') + w) || lex.stem.test(w + (words[k + 1] ?? '')));
    if (!stem) return true;
  }
  return false;
}

/** 服务大局, 产业布局, 新格局: the word that holds the suffix ends in a generic word longer than the suffix. */
function endsGeneric(word: string, suffixLength: number, lex: OrgLexicon): boolean {
  for (let from = word.length - suffixLength - 1; from >= 0; from--) if (lex.generic.has(word.slice(from))) return true;
  return false;
}

/** 社区教育, 民办普通: a word made only of kind words is a kind too. */
function isKind(word: string, kind: ReadonlySet<string>): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= word.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end && !ok[end]; start++) if (ok[start] && kind.has(word.slice(start, end))) ok[end] = true;
  }
  return ok[word.length]!;
}

/** Characters of the name after its last place word (县 | 融媒体中心 → 5). */
function afterPlace(tokens: readonly Word[], lex: OrgLexicon): number {
  let k = tokens.length - 2;
  while (k >= 0 && !isPlace(tokens[k]!, lex) && !isLevelBody(tokens[k]!)) k--;
  return tokens.slice(k + 1).reduce((n, t) => n + t.word.length, 0);
}
