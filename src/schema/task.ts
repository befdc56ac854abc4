import { z } from 'zod';
import { SpanSchema } from './position.js';
import { ComparatorSchema } from './entities.js';

/**
 * A task: one actionable item of the plan, the row a 任务分解表 gives it. Derived from the
 * document's outline and entities; every entity it names keeps its index into the document's
 * lists (`metrics`, `times`, `orgs`, `policies`) and its span, so a reader can go back to both.
 */

const printed = {
  text: z.string().describe('The exact slice of the decoded source'),
  span: SpanSchema,
};

export const TaskTargetSchema = z.object({
  metric: z.number().int().min(0).describe('Index into the document\'s `metrics`'),
  ...printed,
  value: z.number(),
  max: z.number().optional(),
  unit: z.string().describe('As printed (万元, 名, %)'),
  cmp: ComparatorSchema,
  subject: z.string().optional().describe('What is counted, when it can be found'),
});
export type TaskTarget = z.infer<typeof TaskTargetSchema>;

export const TaskDeadlineSchema = z.object({
  time: z.number().int().min(0).describe('Index into the document\'s `times` (a `due`)'),
  ...printed,
  iso: z.string().optional().describe('The last day it allows, ISO (normalized.end of the time)'),
  inherited: z.boolean().describe('True when printed on an enclosing item, not inside the task'),
});
export type TaskDeadline = z.infer<typeof TaskDeadlineSchema>;

export const TaskPeriodSchema = z.object({
  time: z.number().int().min(0).describe('Index into the document\'s `times` (a `period`)'),
  ...printed,
  start: z.string().optional().describe('ISO date'),
  end: z.string().optional().describe('ISO date'),
});
export type TaskPeriod = z.infer<typeof TaskPeriodSchema>;

export const TaskRecurrenceSchema = z.object({
  time: z.number().int().min(0).describe('Index into the document\'s `times` (a `recurring`)'),
  ...printed,
  every: z.string().optional().describe('ISO 8601 duration or "semester": the reporting cycle'),
});
export type TaskRecurrence = z.infer<typeof TaskRecurrenceSchema>;

export const TaskOrgSchema = z.object({
  org: z.number().int().min(0).describe('Index into the document\'s `orgs`'),
  name: z.string(),
  inherited: z.boolean().describe('True when named by the owner note of an enclosing item'),
});
export type TaskOrg = z.infer<typeof TaskOrgSchema>;

export const TaskLeaderSchema = z.object({
  name: z.string().describe('As printed after the label or in the column: 副县长张三'),
  ...printed,
  inherited: z.boolean().describe('True when printed on an enclosing item'),
});
export type TaskLeader = z.infer<typeof TaskLeaderSchema>;

export const TaskPolicySchema = z.object({
  policy: z.number().int().min(0).describe('Index into the document\'s `policies`'),
  name: z.string(),
  ...printed,
});
export type TaskPolicy = z.infer<typeof TaskPolicySchema>;

export const TaskSchema = z
  .object({
    id: z.string().describe('The section id ("4.16"), or for a numbered point inside it the section id and the point\'s ordinal ("3.3.2")'),
    sectionId: z.string().describe('The leaf section the task is, or holds its point'),
    point: z.number().int().min(1).optional().describe('Ordinal of the inline point (一是 → 1), when the task is one'),
    path: z.array(z.string()).describe('Titles from the top down to the task\'s section'),
    title: z.string().describe('The section title, or the lead phrase of the point'),
    text: z.string().describe('The task as printed: the section\'s own text or the point, trimmed'),
    span: SpanSchema.describe('Where `text` stands'),
    targets: z.array(TaskTargetSchema).describe('Metrics printed inside the task'),
    deadline: TaskDeadlineSchema.optional().describe('The earliest `due` inside the task, else the nearest enclosing item\'s'),
    periods: z.array(TaskPeriodSchema).describe('`period` times inside the task'),
    recurrences: z.array(TaskRecurrenceSchema).describe('`recurring` times inside the task: its reporting cycle'),
    lead: z.array(TaskOrgSchema).describe('Lead units: the task\'s own owner note, else the nearest enclosing one; in a list without 牵头/配合 words the first unit listed'),
    support: z.array(TaskOrgSchema).describe('Supporting units, from the same note as `lead`'),
    leader: TaskLeaderSchema.optional().describe('The leader answering for it (牵头领导, 责任领导), own or inherited, when printed'),
    policies: z.array(TaskPolicySchema).describe('Policies (《》 titles) cited inside the task'),
  })
  .describe('One actionable item: a section without sub-sections, or each numbered point inside it');
export type Task = z.infer<typeof TaskSchema>;
