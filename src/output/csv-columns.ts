/**
 * The CSV tables and their columns, in order. This order is a public contract (docs/csv.md):
 * add columns at the end, never reorder. Every table starts with the document and the section.
 */
const documentColumns = ['path', 'region', 'year', 'section_id', 'section_path'] as const;
const positionColumns = ['start_line', 'start_column', 'start_offset', 'end_offset'] as const;

export const csvColumns = {
  // lead/support: the section's owners, from its own note or inherited from its nearest ancestor's.
  sections: [...documentColumns, 'level', 'marker', 'ordinal', 'title', 'text', ...positionColumns, 'lead', 'support'],
  metrics: [
    ...documentColumns,
    'text', 'value', 'max', 'unit', 'normalized_value', 'normalized_max', 'normalized_unit', 'cmp', 'subject',
    ...positionColumns, 'rule',
  ],
  times: [...documentColumns, 'text', 'kind', 'normalized_start', 'normalized_end', 'normalized_every', ...positionColumns, 'rule'],
  policies: [...documentColumns, 'text', 'name', 'kind', 'action', ...positionColumns, 'rule'],
  orgs: [...documentColumns, 'text', 'name', 'type', 'role', ...positionColumns, 'rule'],
  // One row per task (a 任务分解表); several targets, units, times or policies in a cell are joined with ；.
  tasks: [
    ...documentColumns,
    'task_id', 'title', 'text', 'targets', 'deadline', 'deadline_iso', 'periods', 'recurrences', 'lead', 'support', 'leader', 'policies',
    ...positionColumns,
  ],
} as const;

export type TableName = keyof typeof csvColumns;
export const tableNames = Object.keys(csvColumns) as TableName[];
/** The order of the sheets of a workbook: the tasks first, the table bureau staff file. */
export const sheetOrder: readonly TableName[] = ['tasks', 'sections', 'metrics', 'times', 'policies', 'orgs'];
