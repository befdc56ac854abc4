import type { PlanDocument } from '../schema/index.js';

/** `--json`: one document, two-space indent, trailing newline (also the golden-file format). */
export function formatJson(document: PlanDocument): string {
  return JSON.stringify(document, null, 2) + '\n';
}

/** `--jsonl`: one document per line. JSON escapes every newline inside strings, so lines never break. */
export function formatJsonLine(document: PlanDocument): string {
  return JSON.stringify(document) + '\n';
}
