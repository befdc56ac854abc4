import type { DocContext, DraftOf } from '../types.js';

/** A name that starts at a level of government: 市生态环境局, 县委. */
const LEVEL = /^(?:中共)?[省市县区州旗盟镇乡]/u;

/**
 * One bureau with two portfolios (市自然资源和规划局, 县文化和旅游局, 市住房和城乡建设局) is
 * read as a department stem (市自然资源) and a bare suffix name (规划局) joined by 和. The
 * two become one org when the second carries no level of its own: 县委和县政府 stays two, as
 * does 市财政局和审计局, whose first part is a whole name already.
 */
export function mergePortfolios(mentions: readonly DraftOf<'org'>[], doc: DocContext): DraftOf<'org'>[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: DraftOf<'org'>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    if (b && a.rule === 'org/dept-abbrev' && b.type === 'gov' && doc.text.slice(a.end, b.start) === '和' && !LEVEL.test(b.name)) {
      out.push({ ...b, start: a.start, name: doc.original.slice(a.start, b.end) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
