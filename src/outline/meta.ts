import { basename } from 'node:path';
import type { Grammars } from '../grammar/compile.js';
import type { Meta } from '../schema/index.js';
import type { RawMatter } from './types.js';
import { issueDateOf } from './issue-date.js';

type Input = {
  front: readonly RawMatter[];
  back: readonly RawMatter[];
  /** Normalised text for matching; `original` for what is reported. */
  text: string;
  original: string;
  /** Where the plan's own content starts, for the year of a plan without a title. */
  contentStart: number;
  path: string;
  grammars: Grammars;
};

const LEVEL: Record<string, Meta['adminLevel']> = { 省: '省', 自治区: '省', 特别行政区: '省', 市: '市', 州: '市', 自治州: '市', 盟: '市', 县: '县', 自治县: '县', 旗: '县', 区: '区' };

/** Metadata from the title and the wrapper first, then the text, the file name last. */
export function buildMeta({ front, back, text, original, contentStart, path, grammars }: Input): Meta {
  // A Markdown title keeps its text, not its # or ** (same length in both strings).
  const bare = (s: string) => s.trim().replace(/^(?:#{1,6}[ \t]+)?(?:\*\*|__)?/, '').replace(/(?:\*\*|__)$/, '');
  const slice = (b: RawMatter) => bare(original.slice(b.start, b.end));
  const norm = (b: RawMatter) => bare(text.slice(b.start, b.end));
  const blocks = [...front, ...back];
  const of = (kind: RawMatter['kind']) => blocks.filter((b) => b.kind === kind);

  const titleBlocks = firstTitle(front, text, grammars);
  const notice = of('notice')[0];
  const title = titleBlocks.length
    ? titleBlocks.map(slice).join('')
    : notice
      ? titleFromNotice(slice(notice), norm(notice), grammars)
      : undefined;
  const normTitle = titleBlocks.length ? titleBlocks.map(norm).join('') : notice ? titleFromNotice(norm(notice), norm(notice), grammars) : '';

  const issuerLines = of('issuers').length ? of('issuers') : of('signature').filter((b) => !/[:]/.test(norm(b)));
  const issuers = unique(issuerLines.flatMap((b) => slice(b).split(/[\s\u00a0\u2000-\u200b\u3000]+/)).filter(Boolean));
  if (issuers.length === 0 && title) issuers.push(...issuerInTitle(title, normTitle, grammars));

  // Printed and normalised strings have the same length, so a match in one slices the other.
  const printedTitle = titleBlocks.length ? titleBlocks.map(slice).join('') : (title ?? '');
  const sources: Array<[string, string]> = [[normTitle, printedTitle], ...issuers.map((i): [string, string] => [i, i])];
  let region: string | undefined;
  // The level is read from the normalised name: 某某縣 is a 县 too.
  let regionForLevel: string | undefined;
  for (const [normalized, printed] of sources) {
    const m = exec(grammars, 'meta/region', normalized);
    if (!m?.groups?.region || printed.length !== normalized.length) continue;
    const at = m.index + m[0].length - m.groups.region.length;
    region = printed.slice(at, at + m.groups.region.length);
    regionForLevel = m.groups.region;
    break;
  }
  const scope = scopeLevel(text.slice(contentStart), grammars);
  region ??= regionInText(text.slice(contentStart)) ?? regionInFileName(path, scope);
  regionForLevel ??= region;
  const adminLevel = regionForLevel ? (LEVEL[/(特别行政区|自治区|自治州|自治县|[省市州盟县区旗])$/.exec(regionForLevel)?.[1] ?? ''] ?? scope) : scope;

  const yearIn = (s: string) => exec(grammars, 'meta/year', s)?.groups?.year;
  const year = yearIn(normTitle) ?? yearIn(text.slice(contentStart, contentStart + 300)) ?? yearIn(basename(path));

  const docTypeMatch = new RegExp(`${grammars.part('docType')}(?!.*${grammars.part('docType')})`, 'u').exec(normTitle);
  const addressees = of('addressees')[0];
  const docNumber = of('docNumber')[0];
  const disclosure = of('disclosure')[0];
  return {
    ...(title ? { title } : {}),
    ...(region ? { region } : {}),
    ...(adminLevel ? { adminLevel } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(docTypeMatch ? { docType: docTypeMatch[0] } : {}),
    issuers,
    ...optional('issueDate', issueDateOf(blocks, text, grammars)),
    addressees: addressees ? splitList(slice(addressees).replace(/[:：]$/, '')) : [],
    ...(docNumber ? { docNumber: slice(docNumber) } : {}),
    ...(disclosure ? { disclosure: exec(grammars, 'matter/disclosure', norm(disclosure))?.groups?.how } : {}),
  };
}

/**
 * The plan's title: the first run of adjacent title lines, joined only while a line lacks a
 * document type (巫山: issuers line + 2023年工作要点). A later repeat of the title (清远) is ignored.
 */
function firstTitle(front: readonly RawMatter[], text: string, grammars: Grammars): RawMatter[] {
  const docType = new RegExp(grammars.part('docType'), 'u');
  const first = front.findIndex((b) => b.kind === 'title');
  const run: RawMatter[] = [];
  for (let i = first; i >= 0 && i < front.length && front[i]!.kind === 'title'; i++) {
    run.push(front[i]!);
    if (docType.test(text.slice(front[i]!.start, front[i]!.end))) break;
  }
  return run;
}

function exec(grammars: Grammars, id: string, s: string): RegExpExecArray | null {
  const rule = grammars.rule(id);
  rule.regex.lastIndex = 0;
  return rule.regex.exec(s);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** 关于印发《X》的通知 → X; 关于印发X的通知 → X. */
function titleFromNotice(printed: string, normalized: string, grammars: Grammars): string {
  const quoted = exec(grammars, 'meta/title-in-notice', normalized);
  if (quoted) return printed.slice(quoted.index + 1, quoted.index + quoted[0].length - 1);
  const m = /关于(?:印发|转发|下发|印送)(.+)的通知$/.exec(normalized);
  return m ? printed.slice(m.index + m[0].length - m[1]!.length - 3, printed.length - 3) : printed;
}

/** 桐庐县教育局2022年工作要点 → 桐庐县教育局: what stands before the year, if it names a body. */
function issuerInTitle(title: string, normTitle: string, grammars: Grammars): string[] {
  const year = /(?:19|20)\d{2}/.exec(normTitle);
  if (!year || year.index < 2) return [];
  const head = normTitle.slice(0, year.index);
  return new RegExp(`^${grammars.part('orgLine')}$`, 'u').test(head) ? [title.slice(0, year.index)] : [];
}

/** 各市、县（市、区）卫生健康局 is one addressee: a bare 各市 shares the words after it. */
const BARE_UNIT = /^各?[省市县区州]$/;

/** Addressees are separated by ，、 but not inside parentheses: 直属学校（单位）. */
function splitList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= list.length; i++) {
    const ch = list[i];
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (i === list.length || (depth === 0 && (ch === ',' || ch === '，' || ch === ';' || ch === '；' || (ch === '、' && !BARE_UNIT.test(list.slice(from, i).trim()))))) {
      const item = list.slice(from, i).trim();
      if (item) out.push(item);
      from = i + 1;
    }
  }
  return out;
}

/** The most frequent 全县/全市/… tells the level of a plan whose title does not. */
function scopeLevel(text: string, grammars: Grammars): Meta['adminLevel'] {
  const counts = new Map<string, number>();
  const rule = grammars.rule('meta/scope-word');
  for (const m of text.slice(0, 50_000).matchAll(new RegExp(rule.regex.source, 'gu'))) {
    const level = LEVEL[m.groups!.level!]!;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as Meta['adminLevel'];
}

/** A place that names its own bodies and plans in the text (大邑县教育…, 大邑县人民政府). */
function regionInText(text: string): string | undefined {
  const counts = new Map<string, number>();
  const pattern = /(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5]{2,3}[县市区])(?=教育|人民政府|政府|委员会|县委|市委|区委|教体局|财政局)/gu;
  for (const m of text.slice(0, 50_000).matchAll(pattern)) {
    const name = m[1]!.replace(/^(?:全|本|各|在|由|和|与|及|的)/, '');
    if (name.length >= 3) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** 大邑2021.txt → 大邑县, with the level the text speaks of (全县). */
function regionInFileName(path: string, level: Meta['adminLevel']): string | undefined {
  const m = /^[\u4e00-\u9fa5]{2,8}?(?=\d|教育|工作|$)/u.exec(basename(path).replace(/\.[^.]+$/, ''));
  if (!m) return undefined;
  const name = m[0];
  return /[省市县区州旗]$/.test(name) || !level ? name : name + level;
}
