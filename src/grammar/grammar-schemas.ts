import type { z as Zod } from 'zod';

/**
 * The grammar file schemas, built from the zod given. The parse path validates grammar files
 * only when they changed since the build (see load.ts), so it must not import zod up front:
 * this module takes zod as an argument instead.
 */
export function grammarSchemas(z: typeof Zod) {
  const ruleId = z.string().regex(/^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'rule ids are "<kind>/<rule>"');

  /** A named piece of pattern: a regular expression, or a word list (escaped, longest first). */
  const PartSchema = z.union([
    z.object({ why: z.string().min(1), pattern: z.string().min(1) }).strict(),
    z.object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) }).strict(),
  ]);

  /** A list of words or phrases the code looks up (not matched as a pattern). */
  const LexiconSchema = z
    .object({ why: z.string().min(1), words: z.array(z.string().min(1)).min(1) })
    .strict();

  const RuleSchema = z
    .object({
      id: ruleId,
      why: z.string().min(1),
      pattern: z.string().min(1),
      flags: z.string().regex(/^[imsuy]*$/).optional(),
      /**
       * Every match contains one of these: a text without any of them is not searched (a cheap
       * check before a pattern that must be tried at every position). Tested on every example.
       */
      requires: z.array(z.string().min(1)).min(1).optional(),
      /** Input as printed → the first match as printed. */
      match: z.record(z.string(), z.string()).refine((m) => Object.keys(m).length > 0, 'give at least one match example'),
      /** Inputs in which the rule must find nothing. */
      noMatch: z.array(z.string()).min(1, 'give at least one noMatch example'),
      /** Whatever the mechanism needs to act on a match (kind, unit factor, role, …). */
      data: z.record(z.string(), z.unknown()).optional(),
    })
    .strict();

  /** Data a mechanism reads as a whole (an order of states, a table of weights), with its reason. */
  const TableSchema = z.object({ why: z.string().min(1), data: z.record(z.string(), z.unknown()) }).strict();

  const GrammarFileSchema = z
    .object({
      $schema: z.string().optional(),
      description: z.string().min(1),
      parts: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), PartSchema).optional(),
      lexicons: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), LexiconSchema).optional(),
      rules: z.array(RuleSchema).optional(),
      tables: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), TableSchema).optional(),
    })
    .strict();

  return { PartSchema, LexiconSchema, RuleSchema, TableSchema, GrammarFileSchema };
}
