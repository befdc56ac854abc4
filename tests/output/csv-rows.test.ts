import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/output/csv-columns.js';
import { csvRows } from '../../src/output/csv-rows.js';
import type { PlanDocument, Span } from '../../src/schema/index.js';

const span = (start: number, end: number, line = 3, column = 5): Span => ({
  start: { line, column, offset: start },
  end: { line, column: column + end - start, offset: end },
});
const located = { span: span(40, 45), rule: 'metric/count' };
const section = (id: string, title: string, children: PlanDocument['sections'] = []) => ({
  id, level: id.split('.').length, marker: id.endsWith('1') ? '一、' : '1.', ordinal: 1, title, titleSpan: span(0, 2), text: `${title}。内容，含"引号"\n第二行`, span: span(0, 20), points: [], children,
});

/** A hand-made document: the CSV layer must not depend on what the extractors find today. */
const document = {
  schemaVersion: 1,
  source: { path: 'plans/瓮安2022.txt', bytes: 10, sha256: 'x', encoding: 'utf-8', format: 'text' },
  meta: { region: '瓮安县', year: 2022, issuers: [], addressees: [] },
  frontMatter: [], preamble: null, backMatter: [], terms: [], warnings: [],
  sections: [section('1', '加强党的建设', [section('1.1', '落实主体责任')])],
  metrics: [
    { ...located, text: '3000余万元', sectionId: '1.1', value: 3000, unit: '万元', normalized: { value: 30000000, unit: '元' }, cmp: '~' },
    { ...located, text: '8至10所', sectionId: '0', value: 8, max: 10, unit: '所', normalized: { value: 8, max: 10, unit: '所' }, cmp: 'range', subject: '学校' },
  ],
  times: [{ ...located, rule: 'time/due', text: '2022年底前', sectionId: '1', kind: 'due', normalized: { end: '2022-12-31' } }],
  policies: [{ ...located, rule: 'policy/title', text: '《实施方案》', sectionId: '1', name: '实施方案', kind: '方案' }],
  orgs: [{ ...located, rule: 'org/known', text: '县财政', sectionId: '1.1', name: '县财政', type: 'gov', role: 'lead' }],
} as unknown as PlanDocument;

const records = (table: keyof typeof csvColumns) =>
  parse(stringify([[...csvColumns[table]], ...csvRows(document, table)]), { columns: true }) as Record<string, string>[];

describe('csvRows', () => {
  it('every table starts with the document and the section', () => {
    for (const columns of Object.values(csvColumns)) expect(columns.slice(0, 5)).toEqual(['path', 'region', 'year', 'section_id', 'section_path']);
  });

  it('metrics: one row per metric, section path from the titles, empty cells for missing values', () => {
    expect(records('metrics')).toEqual([
      {
        path: 'plans/瓮安2022.txt', region: '瓮安县', year: '2022', section_id: '1.1', section_path: '加强党的建设 > 落实主体责任',
        text: '3000余万元', value: '3000', max: '', unit: '万元', normalized_value: '30000000', normalized_max: '', normalized_unit: '元',
        cmp: '~', subject: '', start_line: '3', start_column: '5', start_offset: '40', end_offset: '45', rule: 'metric/count',
      },
      expect.objectContaining({ section_id: '0', section_path: '', value: '8', max: '10', normalized_max: '10', cmp: 'range', subject: '学校' }),
    ]);
  });

  it('sections: lead and support from the item\'s own owner note, else inherited from the nearest ancestor\'s', () => {
    const org = (name: string, sectionId: string, role: string) => ({ ...located, rule: 'org/owner-note', text: name, name, sectionId, type: 'gov', role });
    const owned = { ...document, orgs: [org('县教育局', '1', 'lead'), org('县财政局', '1', 'support'), org('县人社局', '1', 'support'), org('县财政局', '1', 'mention')] } as unknown as PlanDocument;
    const rows = parse(stringify([[...csvColumns.sections], ...csvRows(owned, 'sections')]), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.section_id, r.lead, r.support])).toEqual([
      ['1', '县教育局', '县财政局、县人社局'],
      ['1.1', '县教育局', '县财政局、县人社局'],
    ]);
    // The document above has its own lead on 1.1 and none on 1: nothing is inherited upwards.
    expect(records('sections').map((r) => [r.section_id, r.lead, r.support])).toEqual([['1', '', ''], ['1.1', '县财政', '']]);
  });

  it('sections: pre-order, with text that survives quotes and newlines', () => {
    const rows = records('sections');
    expect(rows.map((r) => [r.section_id, r.section_path, r.level])).toEqual([
      ['1', '加强党的建设', '1'],
      ['1.1', '加强党的建设 > 落实主体责任', '2'],
    ]);
    expect(rows[0]!.text).toBe('加强党的建设。内容，含"引号"\n第二行');
  });

  it('times, policies and orgs flatten their fields', () => {
    expect(records('times')[0]).toMatchObject({ kind: 'due', normalized_start: '', normalized_end: '2022-12-31', normalized_every: '', rule: 'time/due' });
    expect(records('policies')[0]).toMatchObject({ text: '《实施方案》', name: '实施方案', kind: '方案', action: '' });
    expect(records('orgs')[0]).toMatchObject({ name: '县财政', type: 'gov', role: 'lead', section_path: '加强党的建设 > 落实主体责任' });
  });
});
