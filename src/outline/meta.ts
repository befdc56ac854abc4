import { basename } from 'node:path';
import type { Grammars } from '../grammar/compile.js';
import type { Meta } from '../schema/index.js';
import type { RawMatter } from './types.js';
import { issueDateOf } from './issue-date.js';
import { metadataFields, fieldOf } from './meta/metadata-fields.js';
import { planTitle, trimmed, type Range } from './meta/plan-title.js';
import { regionIn } from './meta/region-of.js';
import { issuerInTitle, issuersOf, orgField, SOURCE_FIELDS } from './meta/issuers-of.js';
import { dateOfField, framingYear, yearOfTitle } from './meta/year-of.js';

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

/** Metadata from the title and the wrapper first, then site metadata, then the text, the file name last. */
export function buildMeta({ front, back, text, original, contentStart, path, grammars }: Input): Meta {
  const printed = (r: Range) => original.slice(r.start, r.end);
  const blocks = [...front, ...back];
  const of = (kind: RawMatter['kind']) => blocks.filter((b) => b.kind === kind);
  const fields = metadataFields(front, text, grammars);

  const titleRanges = planTitle(front, text, grammars, fields, { start: contentStart, end: text.length });
  const title = titleRanges.length ? titleRanges.map(printed).join('') : undefined;
  const normTitle = titleRanges.map((r) => text.slice(r.start, r.end)).join('');

  const issuerRanges = issuersOf(front, back, fields, text, grammars);
  const issuers = unique(issuerRanges.map(printed));
  const fromTitle = issuers.length === 0 && title ? issuerInTitle(title, normTitle, grammars) : [];
  // Then the body a page names as its source (来源：灵璧县卫生健康委员会), not a site (来源：电子政务网);
  // it is preferred to a title's body that names no place (县卫健委2021年…).
  const source = issuers.length === 0 ? orgField(fields, SOURCE_FIELDS, text, grammars) : undefined;
  if (source && (fromTitle.length === 0 || /^[省市县区]/u.test(fromTitle[0]!))) {
    issuers.push(printed(source));
    issuerRanges.push(source);
  } else issuers.push(...fromTitle);

  // The title's place first, unless it speaks for 全市/全县…: then the issuer's.
  const scoped = exec(grammars, 'meta/scope-word', normTitle) !== null;
  const titlePlace = titleRanges.length ? regionIn({ start: titleRanges[0]!.start, end: titleRanges[titleRanges.length - 1]!.end }, text, grammars) : undefined;
  const issuerPlace = issuerRanges.map((r) => regionIn(r, text, grammars)).find(Boolean);
  const place = scoped ? (issuerPlace ?? titlePlace) : (titlePlace ?? issuerPlace);
  const scope = scopeLevel(text.slice(contentStart), grammars);
  const region = place ? printed(place) : (regionInText(text.slice(contentStart)) ?? regionInFileName(path, scope));
  // The level is read from the normalised name: 某某縣 is a 县 too.
  const regionForLevel = place ? text.slice(place.start, place.end) : region;
  const adminLevel = regionForLevel ? (LEVEL[/(特别行政区|自治区|自治州|自治县|[省市州盟县区旗])$/.exec(regionForLevel)?.[1] ?? ''] ?? scope) : scope;

  // The signature's date; else the date of issue a metadata block gives; else, for a page that
  // prints no date of its own, the date its site published it.
  const issueDate =
    issueDateOf(blocks, text, grammars) ??
    dateOfField(fieldOf(fields, ['成文日期', '发文时间', '发文日期', '印发日期']), text) ??
    dateOfField(fieldOf(fields, ['发布时间', '发布日期', '公开日期', '时间', '日期', '发表时间']), text);
  const year =
    yearOfTitle(normTitle, grammars) ??
    framingYear(text.slice(contentStart, contentStart + 200)) ??
    issueDate?.slice(0, 4) ??
    exec(grammars, 'meta/year', text.slice(contentStart, contentStart + 300))?.groups?.year ??
    exec(grammars, 'meta/year', basename(path))?.groups?.year;

  const docTypeMatch = new RegExp(`${grammars.part('docType')}(?!.*${grammars.part('docType')})`, 'u').exec(normTitle);
  const addressees = of('addressees')[0];
  const docNumber = of('docNumber')[0] ?? fieldOf(fields, ['文号', '发文字号', '文件编号']);
  const disclosure = of('disclosure')[0];
  return {
    ...(title ? { title } : {}),
    ...(region ? { region } : {}),
    ...(adminLevel ? { adminLevel } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(docTypeMatch ? { docType: docTypeMatch[0] } : {}),
    issuers,
    ...optional('issueDate', issueDate),
    addressees: addressees ? splitList(printed(trimmed(addressees, text)).replace(/[:：]$/, '')) : [],
    ...(docNumber ? { docNumber: printed(trimmed(docNumber, text)) } : {}),
    ...(disclosure ? { disclosure: exec(grammars, 'matter/disclosure', text.slice(disclosure.start, disclosure.end).trim())?.groups?.how } : {}),
  };
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
