import type { ChalkInstance } from 'chalk';
import type { PlanDocument, Task } from '../schema/index.js';
import type { HeaderLanguage } from './column-labels.js';
import { cellSeparator, taskCells } from './task-cells.js';
import { displayWidth, padTo, wrapText } from './display-width.js';

/** Below this many columns the table becomes one block per task: a narrow terminal stays readable. */
const TABLE_MIN_WIDTH = 100;

const labels = {
  en: { id: 'id', title: 'task', deadline: 'deadline', lead: 'lead', support: 'support', targets: 'targets', leader: 'leader', inherited: '* inherited from an enclosing item' },
  zh: { id: '序号', title: '工作任务', deadline: '完成时限', lead: '牵头单位', support: '配合单位', targets: '目标', leader: '牵头领导', inherited: '* 承上级条目' },
};

type Field = 'title' | 'deadline' | 'lead' | 'support' | 'targets';

/**
 * The tasks of a plan for a person on a terminal: a table of id, task, deadline, lead, support
 * and targets, cells wrapped by display width (a Chinese character takes two columns); in a
 * terminal narrower than 100 columns, one block per task with labelled lines instead. What a
 * task inherits from an enclosing item is marked.
 */
export function formatTasks(document: PlanDocument, chalk: ChalkInstance, width: number, language: HeaderLanguage = 'en'): string {
  const words = labels[language];
  const head = [chalk.bold(document.meta.title ?? document.source.path), chalk.dim(`${document.tasks.length} tasks`)];
  const cells = (t: Task): Record<Field, string> => {
    const c = taskCells(t);
    const mark = (inherited: boolean | undefined) => (inherited ? ' *' : '');
    return {
      title: t.title,
      deadline: c.deadline ? `${c.deadline}${mark(t.deadline?.inherited)}${c.deadline_iso ? `\n${c.deadline_iso}` : ''}` : '',
      lead: (c.lead ?? '') + (c.lead ? mark(t.lead[0]?.inherited) : ''),
      support: c.support ?? '',
      targets: (c.targets ?? '').split(cellSeparator).join('\n'),
    };
  };
  const body = width >= TABLE_MIN_WIDTH ? table(document.tasks, cells, chalk, width, words) : blocks(document.tasks, cells, chalk, width, words);
  const inherits = document.tasks.some((t) => t.deadline?.inherited || t.lead[0]?.inherited);
  return [...head, ...body, ...(inherits ? ['', chalk.dim(words.inherited)] : [])].join('\n') + '\n';
}

function table(tasks: readonly Task[], cells: (t: Task) => Record<Field, string>, chalk: ChalkInstance, width: number, words: (typeof labels)['en']): string[] {
  const idWidth = Math.max(displayWidth(words.id), ...tasks.map((t) => displayWidth(t.id)));
  const fixed: Array<[Field, number]> = [['deadline', 16], ['lead', 16], ['support', 18]];
  const rest = width - idWidth - fixed.reduce((n, [, w]) => n + w, 0) - 2 * 5;
  const columns: Array<[Field, number]> = [['title', Math.max(16, Math.floor(rest * 0.45))], ...fixed, ['targets', Math.max(12, rest - Math.floor(rest * 0.45))]];
  const row = (id: string, parts: string[][], idStyle: (s: string) => string, cellStyle: (s: string) => string) => {
    const height = Math.max(1, ...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, r) =>
      [idStyle(padTo(r === 0 ? id : '', idWidth)), ...columns.map(([, w], i) => cellStyle(padTo(parts[i]![r] ?? '', w)))].join('  '),
    );
  };
  const out = row(words.id, columns.map(([f]) => [words[f]]), chalk.bold, chalk.bold);
  out.push(chalk.dim('─'.repeat(Math.min(width, idWidth + columns.reduce((n, [, w]) => n + w + 2, 0)))));
  for (const t of tasks) {
    const c = cells(t);
    out.push(...row(t.id, columns.map(([f, w]) => wrapText(c[f], w)), chalk.cyan, (s) => s));
  }
  return out;
}

function blocks(tasks: readonly Task[], cells: (t: Task) => Record<Field, string>, chalk: ChalkInstance, width: number, words: (typeof labels)['en']): string[] {
  const fields: Field[] = ['targets', 'deadline', 'lead', 'support'];
  const labelWidth = Math.max(...fields.map((f) => displayWidth(words[f])));
  const textWidth = Math.max(10, width - labelWidth - 4);
  const out: string[] = [];
  for (const t of tasks) {
    const c = cells(t);
    out.push('', `${chalk.cyan(t.id)} ${chalk.bold(wrapText(t.title, Math.max(10, width - displayWidth(t.id) - 1)).join('\n' + ' '.repeat(displayWidth(t.id) + 1)))}`);
    for (const f of fields) {
      if (!c[f]) continue;
      wrapText(c[f], textWidth).forEach((text, i) => out.push(`  ${chalk.dim(padTo(i === 0 ? words[f] : '', labelWidth))}  ${text}`));
    }
  }
  return out;
}
