import type { Grammars } from '../../grammar/compile.js';
import type { RawMatter } from '../types.js';
import { isOrgLine } from '../classify-line.js';
import { fieldOf, type Field } from './metadata-fields.js';
import { trimmed, type Range } from './plan-title.js';

/**
 * Who issued the plan: the notice's signature, else an issuer line by the title, else the
 * 发布机构 of a metadata block when it names a body. Each name of a line is one issuer.
 */
export function issuersOf(front: readonly RawMatter[], back: readonly RawMatter[], fields: readonly Field[], text: string, grammars: Grammars): Range[] {
  const names = (b: Range): Range[] => {
    const r = trimmed(b, text);
    const out: Range[] = [];
    for (const m of text.slice(r.start, r.end).matchAll(/[^\s\u00a0\u2000-\u200b\u3000]+/gu)) out.push({ start: r.start + m.index, end: r.start + m.index + m[0].length });
    return out.filter((n) => isOrgLine(text.slice(n.start, n.end), grammars));
  };
  const signed = (b: RawMatter) => b.kind === 'signature' && !/[:]/.test(text.slice(b.start, b.end));
  const signature = front.filter(signed).flatMap(names);
  if (signature.length) return signature;
  const issuer = front.filter((b) => b.kind === 'issuers').flatMap(names);
  if (issuer.length) return issuer;
  const field = orgField(fields, ISSUER_FIELDS, text, grammars);
  if (field) return [field];
  return back.filter(signed).flatMap(names);
}

const ISSUER_FIELDS = ['发布机构', '发文机关', '发文单位', '发布单位', '发布部门', '颁布部门'];
export const SOURCE_FIELDS = ['文章来源', '信息来源', '来源'];

/** The first metadata field of these labels whose value names a body. */
export function orgField(fields: readonly Field[], labels: readonly string[], text: string, grammars: Grammars): Field | undefined {
  return fields.find((f) => labels.includes(f.label) && isOrgLine(text.slice(f.start, f.end), grammars));
}

/** 桐庐县教育局2022年工作要点 → 桐庐县教育局: what stands before the year, if it names a body. */
export function issuerInTitle(title: string, normTitle: string, grammars: Grammars): string[] {
  const year = /(?:19|20)\d{2}/.exec(normTitle);
  if (!year || year.index < 2) return [];
  const head = normTitle.slice(0, year.index);
  return new RegExp(`^${grammars.part('orgLine')}$`, 'u').test(head) ? [title.slice(0, year.index)] : [];
}

