import type { Grammars } from '../../grammar/compile.js';
import type { RawMatter } from '../types.js';

/** A value of a site's metadata block, as a range of the text (so it can be sliced as printed). */
export type Field = { label: string; start: number; end: number };

const cache = new WeakMap<Grammars, RegExp>();

/**
 * The `label: value` pairs of metadata and chrome blocks, several per line or one
 * (索引号 … 公开目录: 县政府办, 【发布部门】最高人民法院【发文字号】…, 标题:… | |). A value runs
 * to the next label, a `|` cell border or the line's end.
 */
export function metadataFields(blocks: readonly RawMatter[], text: string, grammars: Grammars): Field[] {
  let label = cache.get(grammars);
  if (!label) {
    const words = grammars.part('metadataLabel');
    // 【label】value; label: value anywhere (fused lines: …审核人:周蔚来源:办公室日期:2024-01-11);
    // label value (two columns) only where the label starts a word.
    label = new RegExp(`(?:【(${words})】|(${words})[ \\t\\u00a0\\u3000]*[:]|(?<![\\u4e00-\\u9fa5])(${words})(?=[ \\t\\u00a0\\u3000]+\\S))[ \\t\\u00a0\\u3000]*`, 'gu');
    cache.set(grammars, label);
  }
  const fields: Field[] = [];
  for (const b of blocks) {
    if (b.kind !== 'metadata' && b.kind !== 'chrome') continue;
    const line = text.slice(b.start, b.end);
    const found = [...line.matchAll(label)];
    found.forEach((m, i) => {
      const from = m.index + m[0].length;
      const to = found[i + 1]?.index ?? line.length;
      let value = line.slice(from, to);
      const cell = value.indexOf('|');
      if (cell >= 0) value = value.slice(0, cell);
      const trimmed = value.replace(/[\s\u00a0\u3000]+$/, '');
      if (trimmed) fields.push({ label: m[1] ?? m[2] ?? m[3]!, start: b.start + from, end: b.start + from + trimmed.length });
    });
  }
  return fields;
}

/** The first field with one of these labels. */
export function fieldOf(fields: readonly Field[], labels: readonly string[]): Field | undefined {
  return fields.find((f) => labels.includes(f.label));
}
