import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTraditionalMap } from './traditional-table.js';

/** Written by `npm run build` (scripts/traditional-map.mjs): the table below, as JSON. Same path from src/ and dist/. */
export const traditionalMapFile = fileURLToPath(new URL('../../dist/traditional-map.json', import.meta.url));

/**
 * Traditional → simplified, one character for one (see traditional-table.ts). Every run needs
 * it (to tell whether a plan is traditional); reading the table the build wrote is five times
 * faster than rebuilding it from OpenCC's dictionaries, which remain the fallback.
 */
export const traditionalToSimplified: ReadonlyMap<string, string> = prebuilt() ?? buildTraditionalMap();

function prebuilt(): Map<string, string> | undefined {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(traditionalMapFile, 'utf8')) as Record<string, string>));
  } catch {
    return undefined;
  }
}
