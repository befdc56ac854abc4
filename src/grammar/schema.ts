import { z } from 'zod';
import { grammarSchemas } from './grammar-schemas.js';

export const { PartSchema, LexiconSchema, RuleSchema, GrammarFileSchema } = grammarSchemas(z);

export type GrammarFile = z.infer<typeof GrammarFileSchema>;
export type RuleSpec = z.infer<typeof RuleSchema>;
export type PartSpec = z.infer<typeof PartSchema>;
