import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/check/diff-documents.js';

const span = (start: number, end: number) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
const metric = (start: number, text: string, value: number, sectionId = '4.16') => ({
  text, span: span(start, start + text.length), sectionId, rule: 'metric/count', value, unit: '名', normalized: { value, unit: '名' }, cmp: '=',
});
const section = (id: string, title: string, children: unknown[] = []) => ({ id, title, marker: '1.', children });

describe('diffDocuments', () => {
  it('says which entity changed, in which section, from what to what', () => {
    const before = { metrics: [metric(10, '5所', 5), metric(20, '196名', 196)] };
    const after = { metrics: [metric(10, '5所', 5), metric(20, '196名', 195)] };
    expect(diffDocuments(before, after)).toEqual([
      'metrics[1] (section 4.16) value 196 → 195',
      'metrics[1] (section 4.16) normalized.value 196 → 195',
    ]);
  });

  it('lists entities added and removed by kind, text and section', () => {
    const before = { metrics: [metric(10, '5所', 5, '1.1'), metric(20, '196名', 196)], times: [] };
    const after = { metrics: [metric(20, '196名', 196), metric(30, '2次', 2, '2')], times: [] };
    expect(diffDocuments(before, after)).toEqual(['removed metric "5所" (section 1.1)', 'added metric "2次" (section 2)']);
  });

  it('pairs sections by id through the tree', () => {
    const before = { sections: [section('1', '加强党建', [section('1.1', '落实责任'), section('1.2', '强化监督')])] };
    const after = { sections: [section('1', '加强党建', [section('1.1', '落实主体责任')])] };
    expect(diffDocuments(before, after)).toEqual(['section 1.1 title "落实责任" → "落实主体责任"', 'removed section 1.2 "强化监督"']);
  });

  it('shows long texts around the first difference, and missing fields', () => {
    const long = '一'.repeat(100);
    const lines = diffDocuments({ preamble: { text: long + '甲' + long }, meta: { year: 2022 } }, { preamble: { text: long + '乙' + long }, meta: {} });
    expect(lines[0]).toBe(`preamble.text "…${'一'.repeat(20)}甲${'一'.repeat(19)}…" → "…${'一'.repeat(20)}乙${'一'.repeat(19)}…" (at character 100)`);
    expect(lines[1]).toBe('meta.year 2022 → (missing)');
  });

  it('finds nothing in equal documents whatever their key order', () => {
    expect(diffDocuments({ meta: { a: 1, b: [1, 2] } }, { meta: { b: [1, 2], a: 1 } })).toEqual([]);
  });
});
