import { z } from 'zod';

const ruleId = z.string().regex(/^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'rule ids are "<kind>/<rule>"');

/** A named piece of pattern: a regular expression, or a word list (escaped, longest first). */
export const PartSchema = z.union([
  z.object({ why: z.string().min(1), pattern: z.string().min(1) }).strict(),
  z.object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) }).strict(),
]);

/** A list of words or phrases the code looks up (not matched as a pattern). */
export const LexiconSchema = z
  .object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) })
  .strict();

export const RuleSchema = z
  .object({
    id: ruleId,
    why: z.string().min(1),
    pattern: z.string().min(1),
    flags: z.string().regex(/^[imsuy]*$/).optional(),
    /** Input as printed → the first match as printed. */
    match: z.record(z.string(), z.string()).refine((m) => Object.keys(m).length > 0, 'give at least one match example'),
    /** Inputs in which the rule must find nothing. */
    noMatch: z.array(z.string()).min(1, 'give at least one noMatch example'),
    /** Whatever the mechanism needs to act on a match (kind, unit factor, role, …). */
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const GrammarFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().min(1),
    parts: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), PartSchema).optional(),
    lexicons: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), LexiconSchema).optional(),
    rules: z.array(RuleSchema).optional(),
  })
  .strict();

export type GrammarFile = z.infer<typeof GrammarFileSchema>;
export type RuleSpec = z.infer<typeof RuleSchema>;
export type PartSpec = z.infer<typeof PartSchema>;
