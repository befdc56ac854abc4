import type { Grammars } from '../../grammar/compile.js';
import type { RawMatter } from '../types.js';

/** A short line of words only: the first half of a title, never a sentence. */
const TITLE_HALF = /^[\u4e00-\u9fa5()]{2,24}$/u;

/**
 * A title printed over two lines whose second half cannot stand alone: an issuer line right
 * before a title that names no place (巫山: 中共巫山县委教育工委 巫山县教育委员会 / 2023年工作要点),
 * or a short line before a title that opens with its year (区农业农村工作 / 2022年工作要点;
 * 枣庄市第二中学 / 2022—2023学年度学校工作计划). The first half becomes title too.
 */
export function joinSplitTitles(blocks: RawMatter[], text: string, grammars: Grammars): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]!;
    const b = blocks[i + 1]!;
    if (b.kind !== 'title') continue;
    const second = text.slice(b.start, b.end).trim();
    const first = text.slice(a.start, a.end).trim();
    if (a.kind === 'issuers' || a.kind === 'signature') {
      const region = grammars.rule('meta/region');
      region.regex.lastIndex = 0;
      if (!region.regex.test(second)) a.kind = 'title';
    } else if (a.kind === 'chrome' && /^(?:19|20)\d{2}/.test(second) && TITLE_HALF.test(first)) {
      a.kind = 'title';
    }
  }
}
