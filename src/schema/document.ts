import { z } from 'zod';
import { SpanSchema } from './position.js';
import { MetricSchema, OrgSchema, PolicySchema, TermSchema, TimeSchema, WarningSchema } from './entities.js';
import { TaskSchema } from './task.js';

export const MatterKindSchema = z.enum([
  'title', 'notice', 'issuers', 'addressees', 'signature', 'date', 'docNumber', 'disclosure',
  'chrome', 'artifact', 'attachment', 'blank', 'other', 'metadata',
]);
export type MatterKind = z.infer<typeof MatterKindSchema>;

/** A block of front or back matter: kept, labelled, never read as content. */
export const MatterBlockSchema = z.object({ kind: MatterKindSchema, text: z.string(), span: SpanSchema });
export type MatterBlock = z.infer<typeof MatterBlockSchema>;

/** An inline enumeration inside an item: 一是…二是…, 第一，… */
export const SubPointSchema = z.object({
  marker: z.string(),
  ordinal: z.number().int(),
  text: z.string(),
  span: SpanSchema,
});
export type SubPoint = z.infer<typeof SubPointSchema>;

export type Section = {
  id: string;
  level: number;
  marker: string;
  ordinal: number;
  title: string;
  titleSpan: z.infer<typeof SpanSchema>;
  text: string;
  span: z.infer<typeof SpanSchema>;
  points: SubPoint[];
  children: Section[];
};

export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().describe('Printed ordinals joined by dots: "4.16"'),
    level: z.number().int().min(1).describe('Nesting depth in this document, 1 = top'),
    marker: z.string().describe('As printed with its punctuation: 一、 （一） 1．'),
    ordinal: z.number().int(),
    title: z.string(),
    titleSpan: SpanSchema,
    text: z.string().describe("The section's own text: marker, title and body, children excluded"),
    span: SpanSchema.describe("The section's own text; children follow it"),
    points: z.array(SubPointSchema),
    children: z.array(SectionSchema),
  }),
);

export const MetaSchema = z.object({
  title: z.string().optional(),
  region: z.string().optional(),
  adminLevel: z.enum(['省', '市', '县', '区']).optional(),
  year: z.number().int().optional(),
  docType: z.string().optional().describe('工作要点, 工作计划, 任务清单, …'),
  issuers: z.array(z.string()),
  issueDate: z.string().optional().describe('ISO date'),
  addressees: z.array(z.string()),
  docNumber: z.string().optional().describe('文号, e.g. 浙卫发〔2023〕10号'),
  disclosure: z.string().optional().describe('e.g. 主动公开'),
});
export type Meta = z.infer<typeof MetaSchema>;

export const FormatSchema = z.enum(['text', 'markdown', 'docx', 'doc', 'html', 'pdf']);
export type Format = z.infer<typeof FormatSchema>;

export const SourceSchema = z.object({
  path: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string(),
  encoding: z.string(),
  format: FormatSchema,
});
export type SourceInfo = z.infer<typeof SourceSchema>;

export const PlanDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  source: SourceSchema,
  meta: MetaSchema,
  frontMatter: z.array(MatterBlockSchema),
  preamble: z.object({ text: z.string(), span: SpanSchema }).nullable(),
  sections: z.array(SectionSchema),
  backMatter: z.array(MatterBlockSchema),
  metrics: z.array(MetricSchema),
  times: z.array(TimeSchema),
  policies: z.array(PolicySchema),
  orgs: z.array(OrgSchema),
  terms: z.array(TermSchema),
  warnings: z.array(WarningSchema),
  tasks: z.array(TaskSchema).describe('The plan as a 任务分解表: one task per actionable item, in document order'),
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
