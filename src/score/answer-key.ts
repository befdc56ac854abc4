import { z } from 'zod';
import { ComparatorSchema, TimeKindSchema } from '../schema/entities.js';

/**
 * A person's reading of a plan: what a careful reader finds in it, in the shape of the
 * output but without positions (fixtures/real/README.md says how keys are written). The
 * parser's output is projected into the same shape (`keyOf`) and the two are scored.
 */
export const AnswerKeySchema = z.object({
  file: z.string().optional(),
  meta: z.object({
    title: z.string().nullable(),
    region: z.string().nullable(),
    year: z.number().int().nullable(),
    issuers: z.array(z.string()),
    issueDate: z.string().nullable(),
  }),
  headings: z.array(z.object({ id: z.string(), marker: z.string(), title: z.string() })),
  metrics: z.array(
    z.object({ text: z.string(), value: z.number(), unit: z.string().optional(), cmp: ComparatorSchema.optional() }),
  ),
  times: z.array(z.object({ text: z.string(), kind: TimeKindSchema })),
  policies: z.array(z.string()),
  orgs: z.array(z.object({ name: z.string(), type: z.enum(['gov', 'school', 'other']), role: z.enum(['lead', 'support', 'mention']) })),
  notes: z.unknown().optional(),
});
export type AnswerKey = z.infer<typeof AnswerKeySchema>;

/** The categories scored, in the order reports print them. */
export const scoredCategories = ['headings', 'titles', 'meta', 'metrics', 'times', 'policies', 'orgs'] as const;
export type ScoredCategory = (typeof scoredCategories)[number];
