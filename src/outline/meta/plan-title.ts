import type { Grammars } from '../../grammar/compile.js';
import type { RawMatter } from '../types.js';
import { fieldOf, type Field } from './metadata-fields.js';

export type Range = { start: number; end: number };

/** A site's column tag before a title (【统计规划】…), and a compilation's number after it (…计划篇1). */
const TAG = /^【[^【】]{1,10}】/u;
const COMPILATION = /(?<=[\u4e00-\u9fa5])[ \t\u3000]*(?:篇[一二三四五六七八九十\d]{1,2}|[一二三四五六七八九十\d]{1,2})$/u;
const NOTICE = /关于(?:印发|转发|下发|印送|下达|颁布|公布)(.+?)的通知/u;

/**
 * The plan's own title, as ranges of the text to join: the first run of title lines (a title
 * printed over two lines, or after its issuer, is one); failing that, the plan a notice issues
 * (关于印发《X》的通知 → X), the notice itself when it is the plan, or a metadata 标题.
 */
export function planTitle(front: readonly RawMatter[], text: string, grammars: Grammars, fields: readonly Field[], content: Range): Range[] {
  const run = firstTitleRun(front, text, grammars);
  if (run.length) return clean(run, text);
  const notice = front.find((b) => b.kind === 'notice' && b.headKind !== 'noticeBody');
  if (notice) return [issued(trimmed(notice, text), text, grammars)];
  const field = fieldOf(fields, ['标题', '文件名称', '信息名称']);
  if (field) return clean([issued(field, text, grammars)], text);
  const headline = headlineBeforeAddressees(front, text);
  if (headline) return [headline];
  const named = namedInPreamble(text, content, grammars);
  return named ? [named] : [];
}

/**
 * A page with no title line may print a headline above the addressees of the notice it is
 * (吉林省:深入开展“吉林无欠薪”三年行动 / 各市(州)人民政府…:): a short line without sentence
 * punctuation right before them.
 */
function headlineBeforeAddressees(front: readonly RawMatter[], text: string): Range | undefined {
  const at = front.findIndex((b) => b.kind === 'addressees');
  const before = at > 0 ? front[at - 1]! : undefined;
  if (!before || before.kind !== 'chrome') return undefined;
  const r = trimmed(before, text);
  const s = text.slice(r.start, r.end);
  return s.length >= 8 && s.length <= 50 && !/[。,;!?]/u.test(s) && /[\u4e00-\u9fa5]{4}/u.test(s) ? r : undefined;
}

/** 为…，特制定中都街道政务公开工作实施方案。: the name a preamble gives the plan it opens, when nothing else names it. */
function namedInPreamble(text: string, content: Range, grammars: Grammars): Range | undefined {
  const head = text.slice(content.start, Math.min(content.end, content.start + 400));
  const m = new RegExp(`(?:特制定|特拟定|现制定|制定|拟定)(?!本)([^。,;:!?《》\\s]{4,40}?${grammars.part('docType')})(?=[。,;:如]|$)`, 'u').exec(head);
  if (!m) return undefined;
  const start = content.start + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/**
 * The first run of title lines; a later repeat of the title (清远: the page's title, then the
 * document's own print of it) is not read. Lines are joined while one lacks a document type
 * (巫山: issuer line + 2023年工作要点; 岚城: …委员会关于 / 调整…方案).
 */
function firstTitleRun(front: readonly RawMatter[], text: string, grammars: Grammars): Range[] {
  const docType = new RegExp(grammars.part('docType'), 'u');
  const first = front.findIndex((b) => b.kind === 'title');
  const run: Range[] = [];
  for (let i = first; i >= 0 && i < front.length && front[i]!.kind === 'title'; i++) {
    const r = trimmed(front[i]!, text);
    run.push(r);
    if (docType.test(text.slice(r.start, r.end)) && !/关于$/.test(text.slice(r.start, r.end))) break;
  }
  return run;
}

/** 关于印发《X》的通知 → X; 关于印发X的通知 → X; any other title stays whole. */
function issued(r: Range, text: string, grammars: Grammars): Range {
  const s = text.slice(r.start, r.end);
  const quoted = grammars.rule('meta/title-in-notice');
  quoted.regex.lastIndex = 0;
  const q = NOTICE.test(s) ? (quoted.regex.exec(s) ?? /《[^《》]{2,80}》/u.exec(s)) : null;
  if (q) return { start: r.start + q.index + 1, end: r.start + q.index + q[0].length - 1 };
  const m = NOTICE.exec(s);
  if (m && !m[1]!.includes('《')) return { start: r.start + m.index + m[0].length - m[1]!.length - 3, end: r.start + m.index + m[0].length - 3 };
  return r;
}

/** Site words printed on a title's line, before it and apart from it by a space (EHS中国 法规首页 2014年…要点). */
const CHROME_BEFORE = /^.*(?:首页|网站|频道|栏目|当前位置|法规库?)[^\s]*[\s\u00a0\u3000]+/u;

function clean(ranges: Range[], text: string): Range[] {
  const out = ranges.map((r) => ({ ...r }));
  const first = out[0]!;
  first.start += CHROME_BEFORE.exec(text.slice(first.start, first.end))?.[0].length ?? 0;
  first.start += TAG.exec(text.slice(first.start, first.end))?.[0].length ?? 0;
  const last = out[out.length - 1]!;
  last.end -= COMPILATION.exec(text.slice(last.start, last.end))?.[0].length ?? 0;
  return out.filter((r) => r.end > r.start);
}

/** A block without the white space and Markdown marks around its text. */
export function trimmed(b: Range, text: string): Range {
  const s = text.slice(b.start, b.end);
  const lead = /^[\s\u00a0\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?/.exec(s)![0].length;
  const trail = /(?:\*\*|__)?[\s\u00a0\u3000]*$/.exec(s.slice(lead))![0].length;
  return { start: b.start + lead, end: b.end - trail };
}
