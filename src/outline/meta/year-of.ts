import type { Grammars } from '../../grammar/compile.js';
import type { Field } from './metadata-fields.js';

/**
 * The year a title is for: of 2020年工作总结暨2021年工作计划 the year of the plan (the one nearest
 * before its document type), of a school year 2022—2023 the first.
 */
export function yearOfTitle(title: string, grammars: Grammars): string | undefined {
  let typeAt = -1;
  for (const m of title.matchAll(new RegExp(grammars.part('docType'), 'gu'))) typeAt = m.index;
  const years = [...title.matchAll(/(?<![0-9])((?:19|20)\d{2})(?![0-9])/gu)];
  if (years.length === 0) return undefined;
  const before = typeAt >= 0 ? years.filter((y) => y.index < typeAt) : years;
  const last = before[before.length - 1] ?? years[0]!;
  const previous = before[before.length - 2];
  // 2022—2023学年: the range's first year, not its second.
  if (previous && /^(?:19|20)\d{2}[-—~至到]$/u.test(title.slice(previous.index, last.index))) return previous[1];
  return last[1];
}

/** 2023年是…之年 / 2022年，全县… at the start of the content: the year the plan is for. */
export function framingYear(start: string): string | undefined {
  return /^[\s\u3000]*((?:19|20)\d{2})年(?:是|,|，|全|我|本|将|要|的)/u.exec(start)?.[1];
}

export function dateOfField(field: Field | undefined, text: string): string | undefined {
  if (!field) return undefined;
  const m = /((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})/u.exec(text.slice(field.start, field.end));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

