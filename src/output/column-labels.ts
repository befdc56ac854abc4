import { csvColumns, type TableName } from './csv-columns.js';

/** Which names a table's header row and a workbook's sheets carry: the column names, or Chinese. */
export type HeaderLanguage = 'en' | 'zh';

/** Names shared by every table: the document, the section and the position. */
const common: Record<string, string> = {
  path: '文件', region: '地区', year: '年份', section_id: '条目编号', section_path: '所属条目',
  start_line: '起始行', start_column: '起始列', start_offset: '起始位置', end_offset: '结束位置', rule: '识别规则', text: '原文',
};

/** Chinese names as the people who file these tables write them (任务分解表: 序号, 工作任务, 完成时限 …). */
const zh: Record<TableName, Record<string, string>> = {
  sections: { level: '层级', marker: '序号标记', ordinal: '序号', title: '标题', lead: '牵头单位', support: '配合单位' },
  metrics: { value: '数值', max: '上限', unit: '单位', normalized_value: '标准数值', normalized_max: '标准上限', normalized_unit: '标准单位', cmp: '比较', subject: '指标' },
  times: { kind: '类型', normalized_start: '开始日期', normalized_end: '截止日期', normalized_every: '周期' },
  policies: { name: '文件名称', kind: '文种', action: '动作' },
  orgs: { name: '单位名称', type: '类型', role: '角色' },
  tasks: {
    task_id: '序号', title: '任务名称', text: '工作任务', targets: '目标', deadline: '完成时限', deadline_iso: '完成日期',
    periods: '实施期限', recurrences: '报告周期', lead: '牵头单位', support: '配合单位', leader: '牵头领导', policies: '政策文件',
  },
};

const sheetZh: Record<TableName, string> = { tasks: '任务', sections: '条目', metrics: '指标', times: '时间', policies: '政策文件', orgs: '单位' };

/** The header row of a table in the language asked for. */
export function columnLabels(table: TableName, language: HeaderLanguage): string[] {
  return csvColumns[table].map((column) => (language === 'zh' ? (zh[table][column] ?? common[column] ?? column) : column));
}

/** The name of a table's sheet in a workbook. */
export function sheetName(table: TableName, language: HeaderLanguage): string {
  return language === 'zh' ? sheetZh[table] : table;
}
