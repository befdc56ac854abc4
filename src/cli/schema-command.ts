import { z } from 'zod';
import { PlanDocumentSchema } from '../schema/document.js';
import { PlanDiffSchema } from '../schema/diff.js';
import { writeChunk } from '../output/write-chunk.js';
import type { Io } from './io.js';

/**
 * `schema [document|diff]`: the JSON Schema of one document (or of `diff --json`), generated
 * from the zod schema (the single source of truth), as it is output. Imports only the schemas:
 * no jieba, no grammars.
 */
export async function schemaCommand(io: Io, which: 'document' | 'diff' = 'document'): Promise<number> {
  const schema = z.toJSONSchema(which === 'diff' ? PlanDiffSchema : PlanDocumentSchema, { io: 'output' });
  await writeChunk(io.stdout, JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
