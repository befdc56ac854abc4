import { z } from 'zod';
import { SpanSchema } from './position.js';

/** What every entity carries: the exact printed slice, where it stands, and who found it. */
const located = {
  text: z.string().describe('The exact slice of the decoded source'),
  span: SpanSchema,
  sectionId: z.string().describe('Printed ordinals joined by dots ("4.16"); "0" is the preamble'),
  rule: z.string().describe('Id of the grammar rule that produced it, "<kind>/<rule>"'),
};

export const ComparatorSchema = z.enum(['>=', '<=', '~', 'range', '=']);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const MetricSchema = z.object({
  ...located,
  value: z.number(),
  max: z.number().optional(),
  unit: z.string().describe('The unit or measure word as printed (万元, 名, %, 吨标准煤/万元, 條); empty when none is printed (a fraction 1/3, a bare limit 不高于35)'),
  normalized: z.object({
    value: z.number(),
    max: z.number().optional(),
    unit: z.string().describe('Base unit: money in 元, shares in % (九成 → 90 %), simplified characters; empty for a plain number (1/3 → 0.333333333333)'),
  }),
  cmp: ComparatorSchema,
  subject: z.string().optional().describe('What is counted, when it can be found'),
});
export type Metric = z.infer<typeof MetricSchema>;

export const TimeKindSchema = z.enum(['due', 'period', 'recurring', 'date']);
export const TimeSchema = z.object({
  ...located,
  kind: TimeKindSchema,
  normalized: z
    .object({
      start: z.string().optional().describe('ISO date'),
      end: z.string().optional().describe('ISO date'),
      every: z.string().optional().describe('ISO 8601 duration or "semester"'),
    })
    .optional(),
});
export type Time = z.infer<typeof TimeSchema>;

export const PolicySchema = z.object({
  ...located,
  name: z.string().describe('The title between 《》 as printed, nested 〈〉 kept'),
  kind: z.string().optional().describe('方案, 意见, 计划, 办法, 规划, 条例, 法, 指南, 标准, …'),
  action: z.string().optional().describe('The governing verb: 制定, 出台, 落实, 实施, …'),
});
export type Policy = z.infer<typeof PolicySchema>;

export const OrgSchema = z.object({
  ...located,
  name: z.string(),
  type: z.enum(['gov', 'school', 'other']),
  role: z.enum(['lead', 'support', 'mention']),
});
export type Org = z.infer<typeof OrgSchema>;

export const TermSchema = z.object({ ...located, name: z.string() });
export type Term = z.infer<typeof TermSchema>;

export const WarningSchema = z.object({
  code: z.string().describe('"<kind>/<rule>", e.g. outline/numbering-gap'),
  message: z.string(),
  span: SpanSchema,
  sectionId: z.string().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;
