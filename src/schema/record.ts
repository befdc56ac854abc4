import { z } from 'zod';

/**
 * One line of `parse --records`: a plan as text, or as its raw bytes in base64 (any encoding
 * or format plan-extract reads: GB18030 text, .docx, .html, .md). `path` names it in the
 * output (`source.path`) and its extension says the format. Other keys are ignored, so a
 * pipeline may carry its own along.
 */
export const PlanRecordSchema = z
  .object({
    path: z.string({ error: 'expected the plan\'s path or name as a string' }).min(1, 'expected a non-empty path'),
    text: z.string({ error: 'expected the plan as a string' }).optional(),
    base64: z.base64({ error: 'not base64 (standard alphabet, padded)' }).optional(),
  })
  .refine((r) => r.text !== undefined || r.base64 !== undefined, { error: 'no text: give "text" (the plan as a string) or "base64" (its raw bytes)' })
  .refine((r) => r.text === undefined || r.base64 === undefined, { error: 'give "text" or "base64", not both' });
export type PlanRecord = z.infer<typeof PlanRecordSchema>;

/** What `parse --records` writes in place of a document for a record that failed. */
export const RecordErrorSchema = z.object({ path: z.string().nullable(), error: z.string() });
export type RecordError = z.infer<typeof RecordErrorSchema>;
