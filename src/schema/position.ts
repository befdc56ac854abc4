import { z } from 'zod';

/** A unist point: 1-based line and column, 0-based UTF-16 offset into the decoded source. */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof PointSchema>;

/** A unist position: half-open, `end` is exclusive. The only location format in the project. */
export const SpanSchema = z.object({ start: PointSchema, end: PointSchema });
export type Span = z.infer<typeof SpanSchema>;
