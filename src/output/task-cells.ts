import type { Task } from '../schema/index.js';

/** Several targets, units, times or policies in one cell, as a 任务分解表 lists them. */
export const cellSeparator = '；';

const join = (items: readonly string[]) => (items.length > 0 ? items.join(cellSeparator) : undefined);

/**
 * The cells of a task's row in the tasks table (after the document and section columns): a
 * target as a reader writes it, its subject before the printed value (教师196名), units by name,
 * times and policies as printed.
 */
export function taskCells(task: Task): Record<string, string | undefined> {
  return {
    task_id: task.id,
    title: task.title,
    text: task.text,
    targets: join(task.targets.map((m) => (m.subject && !m.text.includes(m.subject) ? m.subject + m.text : m.text))),
    deadline: task.deadline?.text,
    deadline_iso: task.deadline?.iso,
    periods: join(task.periods.map((p) => p.text)),
    recurrences: join(task.recurrences.map((r) => r.text)),
    lead: join(task.lead.map((o) => o.name)),
    support: join(task.support.map((o) => o.name)),
    leader: task.leader?.name,
    policies: join(task.policies.map((p) => p.text)),
  };
}
