import { z } from 'zod';
import { PlanDocumentSchema } from '../schema/document.js';
import { writeChunk } from '../output/write-chunk.js';
import type { Io } from './io.js';

/**
 * `schema`: the JSON Schema of one document, generated from the zod schema (the single source
 * of truth), as it is output. Imports only the schema: no jieba, no grammars.
 */
export async function schemaCommand(io: Io): Promise<number> {
  const schema = z.toJSONSchema(PlanDocumentSchema, { io: 'output' });
  await writeChunk(io.stdout, JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
